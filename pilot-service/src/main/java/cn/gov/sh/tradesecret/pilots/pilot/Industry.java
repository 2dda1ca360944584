package cn.gov.sh.tradesecret.pilots.pilot;

/** The industry of a pilot, as the white paper counts pilots by industry. */
public enum Industry {
  /** 集成电路 */
  INTEGRATED_CIRCUITS,
  /** 生物医药 */
  BIOMEDICINE,
  /** 人工智能 */
  ARTIFICIAL_INTELLIGENCE,
  /** 网络游戏 */
  ONLINE_GAMES,
  /** 化妆品 */
  COSMETICS,
  /** 老字号 */
  TIME_HONOURED_BRANDS,
  /** 汽车 */
  AUTOMOTIVE,
  /** 农业 */
  AGRICULTURE,
  /** 数据产品 */
  DATA_PRODUCTS,
  OTHER
}
