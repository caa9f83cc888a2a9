/**
 * English names of the 18 county-level divisions, as the Chinese government's
 * romanised Tibetan forms are commonly written (Wikipedia's article titles),
 * with the pinyin where that is the more common form.
 */
export const COUNTY_NAME_EN: Record<string, string> = {
  桑珠孜区: 'Samzhubzê District',
  南木林县: 'Namling County',
  江孜县: 'Gyantse County',
  定日县: 'Tingri County',
  萨迦县: 'Sakya County',
  拉孜县: 'Lhatse County',
  昂仁县: 'Ngamring County',
  谢通门县: 'Xaitongmoin County',
  白朗县: 'Panam County',
  仁布县: 'Rinbung County',
  康马县: 'Kangmar County',
  定结县: 'Dinggyê County',
  仲巴县: 'Zhongba County',
  亚东县: 'Yadong County',
  吉隆县: 'Gyirong County',
  聂拉木县: 'Nyalam County',
  萨嘎县: 'Saga County',
  岗巴县: 'Gamba County',
};
