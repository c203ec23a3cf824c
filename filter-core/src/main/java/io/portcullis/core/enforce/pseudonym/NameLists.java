package io.portcullis.core.enforce.pseudonym;

/**
 * Common names to build surrogate people, places and organisations from. Common on purpose: a
 * surrogate like "王伟" or "James Miller" names nobody in particular, and a model treats it as the
 * ordinary name it looks like.
 */
final class NameLists {

  /** Frequent single-character Chinese surnames. */
  static final String[] HAN_SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
      "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许",
      "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蔡", "蒋", "余"};

  /** Two-character Chinese surnames, for four-character originals. */
  static final String[] HAN_COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "慕容",
      "司徒", "夏侯"};

  /** Characters common in Chinese given names. */
  static final String[] HAN_GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
      "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "文",
      "辉", "建", "国", "红", "晓", "志", "海", "鹏", "宇", "欣", "婷", "嘉", "俊", "雪", "琳", "浩",
      "子", "思", "雨", "晨", "佳", "怡", "博", "然"};

  static final String[] ENGLISH_GIVEN = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer",
      "Michael", "Linda", "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph",
      "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa",
      "Anthony", "Margaret", "Mark", "Sandra", "Paul", "Ashley", "Steven", "Emily", "Andrew",
      "Laura", "Peter", "Helen", "Oliver", "Emma", "George", "Sophie"};

  static final String[] ENGLISH_FAMILY = {"Smith", "Johnson", "Williams", "Brown", "Jones",
      "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson",
      "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Allen", "Young", "King",
      "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts",
      "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins"};

  /** Chinese prefecture-level cities, for Han-script places. */
  static final String[] HAN_PLACES = {"北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉",
      "西安", "重庆", "天津", "苏州", "长沙", "郑州", "青岛", "济南", "合肥", "福州", "昆明", "沈阳"};

  /** Place names shared by many towns in English-speaking countries, so none is singled out. */
  static final String[] ENGLISH_PLACES = {"Springfield", "Riverside", "Fairview", "Franklin",
      "Greenville", "Clinton", "Salem", "Madison", "Georgetown", "Arlington", "Ashland", "Oxford",
      "Milton", "Newport", "Kingston", "Burlington", "Manchester", "Lexington", "Bristol", "Dover"};

  /** Trade-name characters for Han-script organisations. */
  static final String[] HAN_TRADE_NAMES = {"华信", "恒达", "鼎盛", "天成", "宏远", "金桥", "博瑞",
      "瑞丰", "新创", "中科", "汇通", "远航", "泰和", "德润", "安信", "聚源"};

  static final String[] HAN_INDUSTRIES = {"科技", "信息技术", "贸易", "实业", "网络科技", "电子",
      "咨询", "物流"};

  static final String[] ENGLISH_TRADE_WORDS = {"Northwind", "Bluebird", "Summit", "Crescent",
      "Harbor", "Keystone", "Pinnacle", "Redwood", "Silverline", "Brightwater", "Evergreen",
      "Ironbridge"};

  private NameLists() {
  }
}
