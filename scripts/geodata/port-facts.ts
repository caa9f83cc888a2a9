import type { PortStatus, PortType } from '../../src/data/types';

/**
 * What the plan says of each port and border-trade place (第二十六章第一节,
 * 第三章第一节, 第十三章第一节, 专栏12), keyed by places.json. `status` reads the
 * plan's verb: 提升/促进…拓展 → expand; 推动…开放/设立, 建设项目 → set-up;
 * 研究/论证 → study. Whether a place was open in 2021 is not always published, so it is not recorded.
 */
export interface PortFact {
  key: string;
  /** The name shown, as the plan writes it (composed where the plan never writes it whole). */
  name: string;
  name_en: string;
  port_type: PortType;
  status: PortStatus;
}

export const PORT_FACTS: PortFact[] = [
  { key: 'port-gyirong', name: '吉隆口岸', name_en: 'Gyirong Port', port_type: '口岸', status: 'expand' },
  { key: 'port-zhangmu', name: '樟木口岸', name_en: 'Zhangmu (Dram) Port', port_type: '口岸', status: 'expand' },
  { key: 'port-lizi', name: '里孜口岸', name_en: 'Lizi Port', port_type: '口岸', status: 'set-up' },
  { key: 'port-riwu', name: '日屋口岸', name_en: 'Riwu Port', port_type: '口岸', status: 'set-up' },
  { key: 'port-chentang', name: '陈塘口岸', name_en: 'Chentang Port', port_type: '口岸', status: 'set-up' },
  { key: 'port-yadong', name: '亚东口岸', name_en: 'Yadong Port', port_type: '口岸', status: 'set-up' },
  { key: 'port-rongxia', name: '绒辖口岸', name_en: 'Rongxia Port', port_type: '口岸', status: 'study' },
  {
    key: 'port-shigatse-rail',
    name: '日喀则铁路口岸',
    name_en: 'Shigatse Railway Port',
    port_type: '口岸',
    status: 'study',
  },
  {
    key: 'port-peace-airport',
    name: '和平机场航空口岸',
    name_en: 'Peace Airport Air Port',
    port_type: '口岸',
    status: 'study',
  },
  {
    key: 'passage-nathula',
    name: '亚东乃堆拉边民互市贸易通道',
    name_en: 'Nathu La Border-Trade Passage (Yadong)',
    port_type: '边贸通道',
    status: 'expand',
  },
  {
    key: 'passage-qudang',
    name: '曲当边贸通道',
    name_en: 'Qudang Border-Trade Passage',
    port_type: '边贸通道',
    status: 'expand',
  },
  {
    key: 'market-duinalangguo',
    name: '堆纳朗果边贸市场',
    name_en: 'Duinalangguo Border-Trade Market',
    port_type: '边贸市场',
    status: 'set-up',
  },
  {
    key: 'market-lizi',
    name: '里孜边贸市场',
    name_en: 'Lizi Border-Trade Market',
    port_type: '边贸市场',
    status: 'set-up',
  },
  {
    key: 'site-export-inspection',
    name: '日喀则出口货物查验场',
    name_en: 'Shigatse Export Goods Inspection Yard',
    port_type: '物流设施',
    status: 'set-up',
  },
  {
    key: 'site-bonded-logistics',
    name: '日喀则保税物流园区',
    name_en: 'Shigatse Bonded Logistics Park',
    port_type: '物流设施',
    status: 'set-up',
  },
];
