/**
 * The 18 county-level units of 日喀则市 (GB/T 2260 5402xx), spelled as the plan
 * spells them (第三章第一节 names all of them). Used to split town lists whose
 * separators were lost, e.g. `桑珠孜区甲措雄乡南木林县南木林镇…`.
 */
export const COUNTIES: readonly string[] = [
  '桑珠孜区',
  '南木林县',
  '江孜县',
  '定日县',
  '萨迦县',
  '拉孜县',
  '昂仁县',
  '谢通门县',
  '白朗县',
  '仁布县',
  '康马县',
  '定结县',
  '仲巴县',
  '亚东县',
  '吉隆县',
  '聂拉木县',
  '萨嘎县',
  '岗巴县',
];
