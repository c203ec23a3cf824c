package io.portcullis.classifiers.nlp.training;

import java.util.List;

/**
 * Sentence shapes. Placeholders: {PER} a full person name, {SUR} a surname (labelled PERSON),
 * {LOC}, {ORG}. The TRAIN and HELD_OUT sets share no template, so the held-out score measures
 * shapes the model never saw. Negatives (code, logs, prose with capitalised non-names) carry no
 * placeholder and teach the model when to stay silent.
 */
final class Templates {

  private Templates() {}

  static final List<String> EN_TRAIN = List.of(
      "Please send the signed contract to {PER} at {ORG} before Friday.",
      "{PER} moved from {LOC} to {LOC} in 2019.",
      "My name is {PER} and I work for {ORG}.",
      "Can you draft an email to {PER} about the delayed shipment?",
      "Our client {PER} lives in {LOC}.",
      "The meeting with {ORG} has been moved to their office in {LOC}.",
      "Mr. {SUR} asked whether the refund was processed.",
      "Dr. {SUR} will review the results tomorrow morning.",
      "Summarize this complaint from {PER}, a customer in {LOC}.",
      "{ORG} announced a new data center in {LOC}.",
      "I had lunch with {PER} and {PER} yesterday.",
      "Translate the following letter from {PER} into Chinese.",
      "According to {PER}, the audit at {ORG} found no issues.",
      "Hi {PER}, thanks for the update on the {LOC} project.",
      "Ship the package to {PER}, {LOC}.",
      "{PER} is the new head of compliance at {ORG}.",
      "We are opening a branch in {LOC} next quarter.",
      "Write a reference letter for {PER}, who worked at {ORG} for five years.",
      "The invoice from {ORG} was addressed to {PER}.",
      "Ms. {SUR} from {ORG} called about the contract.",
      "Is {LOC} a good place to set up a subsidiary?",
      "Employee: {PER}; Department: Finance; Location: {LOC}",
      "{PER} ({ORG}) wrote: we need the numbers by Monday.",
      "Book a flight for {PER} from {LOC} to {LOC} on March 3.",
      "Regards, {PER}",
      "The partnership between {ORG} and {ORG} was signed in {LOC}.",
      "Patient {PER}, age 54, was referred by Dr. {SUR}.",
      "Thanks to {PER} for reviewing the pull request.",
      "{ORG} hired {PER} as chief technology officer.",
      "Where is the headquarters of {ORG}? I think it is in {LOC}.",
      "Attendees: {PER}, {PER} and {PER}.",
      "On Tuesday {PER} wrote: see you in {LOC}.",
      "The lawsuit between {PER} and {ORG} was settled in {LOC}.",
      "{LOC} and {LOC} signed a trade agreement.",
      "I met {PER} at the {ORG} booth in {LOC}.",
      "Name: {PER}\nCompany: {ORG}\nCity: {LOC}",
      "The report was prepared by {PER} of {ORG}.",
      "{PER}, could you review the draft before {PER} sends it out?",
      "Flights from {LOC} to {LOC} are delayed due to the storm.",
      "{ORG} reported record revenue in {LOC} this year.",
      "My manager {PER} told me to ask you about {ORG}.",
      "We need a summary of the {ORG} acquisition for {PER}.",
      "Please correct the spelling of {PER} in the contract.",
      "The customer, {PER}, says the parcel never arrived in {LOC}.",
      "Schedule a call with {PER} from {ORG} next Tuesday.",
      "She grew up in {LOC} before studying at {ORG}.",
      "The shares of {ORG} fell 3% after the news.",
      "Send my regards to {PER}.",
      "Is it legal to transfer this data from {LOC} to {LOC}?",
      "He is flying to {LOC} on business next week.",
      "The weather in {LOC} is terrible today.",
      "{PER} works at our {LOC} branch.",
      "I live in {LOC} with my family.",
      "What time is it in {LOC} now?");

  static final List<String> EN_HELD_OUT = List.of(
      "Could you check whether {PER} has signed the NDA with {ORG}?",
      "Last week {PER} flew to {LOC} for the conference.",
      "Forward the quarterly report to {PER} and copy {PER}.",
      "The {LOC} office of {ORG} is closed on Sunday.",
      "Dear {PER}, your application has been received.",
      "Prof. {SUR} presented the findings in {LOC}.",
      "{PER} said that {ORG} will raise prices next year.",
      "Contact person: {PER}, {ORG}, {LOC}",
      "I want to write a birthday message for {PER}.",
      "Tell me about investment rules in {LOC}.",
      "After leaving {ORG}, {PER} started a company in {LOC}.",
      "Please anonymize the file before sending it to {PER}.",
      "Minutes: {PER} (chair), {PER} (secretary)",
      "Why did {ORG} leave {LOC}?",
      "{PER} and I are planning a trip to {LOC}.",
      "The grant was awarded to {PER} by {ORG}.");

  static final List<String> ZH_TRAIN = List.of(
      "请把合同发给{ORG}的{PER}。",
      "{PER}去年从{LOC}搬到了{LOC}。",
      "我叫{PER}，在{ORG}工作。",
      "帮我给{PER}写一封邮件，说明发货延迟的原因。",
      "客户{PER}住在{LOC}。",
      "和{ORG}的会议改到他们在{LOC}的办公室。",
      "{SUR}先生问退款是否已经处理。",
      "{SUR}医生明天上午会看检查结果。",
      "请总结{LOC}客户{PER}的投诉内容。",
      "{ORG}宣布在{LOC}建设新的数据中心。",
      "昨天我和{PER}、{PER}一起吃了午饭。",
      "把{PER}的这封信翻译成英文。",
      "据{PER}说，{ORG}的审计没有发现问题。",
      "{PER}你好，感谢你更新{LOC}项目的进展。",
      "请把包裹寄到{LOC}，收件人{PER}。",
      "{PER}是{ORG}新任合规负责人。",
      "我们下个季度将在{LOC}开设分公司。",
      "请为在{ORG}工作了五年的{PER}写一封推荐信。",
      "{ORG}的发票抬头写的是{PER}。",
      "{ORG}的{SUR}女士来电询问合同事宜。",
      "在{LOC}设立子公司合适吗？",
      "员工：{PER}；部门：财务部；地点：{LOC}",
      "{PER}（{ORG}）写道：周一之前需要这些数据。",
      "帮{PER}订一张{LOC}到{LOC}的机票。",
      "此致，{PER}",
      "{ORG}与{ORG}在{LOC}签署了合作协议。",
      "患者{PER}，54岁，由{SUR}医生转诊。",
      "感谢{PER}审阅了这次代码提交。",
      "{ORG}聘请{PER}担任首席技术官。",
      "{ORG}总部在哪里？我记得在{LOC}。",
      "Please ask {PER} to confirm the order from {ORG}.",
      "参会人员：{PER}、{PER}和{PER}。",
      "{PER}与{ORG}的诉讼在{LOC}达成和解。",
      "{LOC}和{LOC}签署了贸易协定。",
      "我在{LOC}的展会上遇到了{ORG}的{PER}。",
      "姓名：{PER}\n单位：{ORG}\n城市：{LOC}",
      "这份报告由{ORG}的{PER}编写。",
      "{PER}，麻烦在{PER}发出之前审核一下草稿。",
      "由于暴雨，{LOC}飞往{LOC}的航班延误。",
      "{ORG}今年在{LOC}的营收创新高。",
      "我的经理{PER}让我问你关于{ORG}的事。",
      "请为{PER}整理一份{ORG}收购案的摘要。",
      "请更正合同中{PER}的名字。",
      "客户{PER}说包裹一直没有送到{LOC}。",
      "下周二安排和{ORG}的{PER}通个电话。",
      "她在{LOC}长大，后来在{ORG}读书。",
      "消息公布后{ORG}股价下跌了3%。",
      "代我向{PER}问好。",
      "把这些数据从{LOC}传到{LOC}合法吗？",
      "Meeting notes: {PER} from {ORG} joined remotely.",
      "{PER}老师今天布置了作业。",
      "{PER}同学请到{ORG}报到。",
      "{LOC}今天的天气很糟糕。",
      "{PER}在我们{LOC}分公司上班。",
      "我和家人住在{LOC}。",
      "请今天把这个转给{PER}。",
      "{LOC}现在几点了？",
      "{PER}，你明天有空吗？",
      "我同事{PER}下个月调到{LOC}。");

  static final List<String> ZH_HELD_OUT = List.of(
      "你能查一下{PER}有没有和{ORG}签保密协议吗？",
      "上周{PER}飞到{LOC}参加会议。",
      "把季度报告转发给{PER}，并抄送{PER}。",
      "{ORG}{LOC}办事处周日不营业。",
      "尊敬的{PER}，您的申请已收到。",
      "{SUR}教授在{LOC}介绍了研究成果。",
      "{PER}表示{ORG}明年会涨价。",
      "联系人：{PER}，{ORG}，{LOC}",
      "我想给{PER}写一段生日祝福。",
      "介绍一下{LOC}的投资政策。",
      "离开{ORG}之后，{PER}在{LOC}创办了一家公司。",
      "发给{PER}之前请先把文件脱敏。",
      "会议记录：{PER}（主持），{PER}（记录）",
      "{ORG}为什么撤出{LOC}？",
      "我和{PER}打算去{LOC}旅行。",
      "这笔资助由{ORG}颁发给{PER}。");

  /**
   * Context-free fragments glued around entities ("{X} 然后 {Y} 关于 ..."), so the model learns
   * what names look like and does not lean on the few template contexts. None of them is taken from
   * the held-out templates.
   */
  static final List<String> EN_FRAGMENTS = List.of("we talked about", "and then", "according to",
      "please check", "the file mentions", "regarding", "next to", "together with", "on behalf of",
      "I think", "they said", "before lunch", "as discussed,", "by the way", "see attached",
      "including", "versus", "compared with", "near", "owned by", "managed by", "visited",
      "called", "emailed", "met", "trusted", "recommended", "replaced", "joined", "left", "and",
      "or", "with", "from", "to", "for", "at", "via", "-", ",", ":", "(", ")");
  static final List<String> ZH_FRAGMENTS = List.of("我们讨论了", "然后", "根据", "请核实",
      "文件里提到", "关于", "和", "跟", "来自", "为了", "我觉得", "他们说", "午饭前", "如前所述，",
      "顺便说一下", "见附件", "包括", "对比", "靠近", "属于", "位于", "拜访了", "打电话给", "通知",
      "转告", "以及", "还有", "的", "在", "给", "对", "让", "被", "与", "由", "向", "从", "到",
      "、", "，", "：", "（", "）", "负责人是", "推荐了", "接替了", "加入了", "去了");

  /** Everyday Chinese words as filler between fragments, so unseen characters are not all names. */
  static final List<String> ZH_FILLER = List.of(("问题 工作 时间 今天 明天 昨天 公司 项目 合同 客户 数据 系统 "
      + "文件 报告 会议 邮件 电话 价格 产品 服务 市场 计划 需要 可以 已经 正在 应该 希望 认为 知道 "
      + "发现 开始 结束 完成 提供 处理 检查 修改 更新 删除 上传 下载 登录 注册 支付 退款 发货 收货 "
      + "订单 账户 密码 地址 信息 内容 结果 原因 方法 方案 建议 意见 要求 标准 规定 政策 法律 风险 "
      + "安全 隐私 质量 效率 成本 收入 利润 预算 目标 任务 进度 团队 部门 同事 领导 老板 员工 朋友 "
      + "家人 孩子 学生 老师 医生 病人 顾客 用户 读者 作者 记者 律师 会计 工程师 经理 主任 秘书 "
      + "主持 记录 讨论 分析 总结 翻译 解释 介绍 说明 回答 回复 确认 同意 拒绝 取消 安排 准备 "
      + "组织 参加 出差 旅行 休假 加班 培训 考试 学习 研究 开发 测试 部署 上线 维护 运营 销售 "
      + "采购 库存 物流 仓库 生产 制造 设计 广告 品牌 渠道 平台 网站 应用 软件 硬件 网络 服务器 "
      + "模型 算法 代码 接口 功能 版本 错误 异常 日志 配置 参数 变量 函数 页面 按钮 图片 视频 "
      + "天气 早上 中午 晚上 周末 节日 生日 新年 春节 一个 一些 所有 每个 这个 那个 非常 特别 "
      + "比较 稍微 马上 立刻 尽快 一起 一直 总是 经常 有时 还是 或者 但是 因为 所以 如果 虽然")
      .split(" "));

  /** Hard negatives: capitalised non-names, code, logs, Chinese words full of surname characters. */
  static final List<String> EN_NEGATIVE = List.of(
      "The API returns a JSON object with a Status field.",
      "On Monday in January we will migrate the Kafka cluster.",
      "Use the Java Stream API instead of a For loop.",
      "Please explain how TCP congestion control works.",
      "What is the difference between HashMap and TreeMap?",
      "The Board approved the Budget for Q3.",
      "Write a Python function that parses CSV files.",
      "I think the Answer is No.",
      "Kubernetes Pods are scheduled by the Scheduler.",
      "Happy New Year to everyone on the Team!");
  static final List<String> ZH_NEGATIVE = List.of(
      "请帮我把这段代码改成异步的。",
      "今天天气很好，我们明天去公园吧。",
      "这个王国的历史非常悠久。",
      "他高兴地张开双臂。",
      "请计算一下这笔金额的利息。",
      "李子和桃子哪个更甜？",
      "文件里有很多重复的内容，请帮我整理。",
      "明天上午十点开会，请准时参加。",
      "如何提高模型的准确率和召回率？",
      "用一句话解释什么是区块链。",
      "这道数学题的答案是多少？",
      "公司的年度目标已经完成了一半。");

  /*
   * Composed training sentences (train only): an opener, a subject and a predicate drawn
   * independently, so names appear sentence-initially, after time phrases, after titles, in lists,
   * before and after many verbs, in e-mail headers, chat and log lines. None of the held-out
   * templates is reproduced; the parts were written to cover shapes the first corpus lacked.
   * {FIRST} is a given name alone (labelled PERSON).
   */
  static final List<String> EN_OPENERS = List.of("", "", "", "Yesterday", "This morning",
      "On Thursday,", "In 2021", "Two days ago", "Earlier today,", "Tomorrow", "Apparently",
      "Last year", "At 9am", "Honestly,", "So", "Meanwhile,", "Next month", "Since March,",
      "According to the memo,", "FYI", "Update:", "Note:", "As you know,", "Recently,");
  static final List<String> EN_SUBJECTS = List.of("{PER}", "{PER}", "{PER}", "{PER}", "{FIRST}",
      "Mr. {SUR}", "Mrs. {SUR}", "Dr. {PER}", "Professor {SUR}", "President {PER}", "CEO {PER}",
      "Senator {SUR}", "Judge {SUR}", "Officer {SUR}", "Captain {SUR}", "Sir {PER}", "Aunt {FIRST}",
      "my colleague {PER}", "our lawyer {PER}", "his wife {FIRST}", "the new intern, {PER},",
      "{PER} and {PER}", "{PER}, {PER} and {PER}", "{PER} from {ORG}", "{PER} of {ORG}",
      "{ORG}", "{ORG}", "the {LOC} team", "{SUR}");
  static final List<String> EN_PREDICATES = List.of("flew to {LOC}", "flew back from {LOC}",
      "drove to {LOC}", "travelled to {LOC} on business", "moved to {LOC}", "returned from {LOC}",
      "went to {LOC} with {PER}", "met {PER}", "met {PER} in {LOC}", "met with {ORG}",
      "called {PER}", "emailed {PER} about the invoice", "texted {FIRST}", "visited {ORG} in {LOC}",
      "joined {ORG}", "left {ORG} last spring", "works for {ORG}", "was hired by {ORG}",
      "signed the lease in {LOC}", "sued {ORG}", "was born in {LOC}", "lives near {LOC}",
      "said the numbers are wrong", "says hello", "thinks {PER} is right", "will call you back",
      "has approved the budget", "is on leave until Monday", "reported the bug", "cancelled the order",
      "asked about the refund", "wants to talk to {PER}", "owes {PER} money", "introduced me to {PER}",
      "recommended {ORG}", "interviewed {PER} for the job", "is meeting {FIRST} at noon",
      "paid {ORG} in full", "opened an office in {LOC}", "shipped the parts from {LOC}",
      "is suing {PER}", "replaced {PER} as director", "married {PER}", "studied at {ORG}");
  static final List<String> EN_TAILS = List.of(".", ".", ".", "!", "?", " yesterday.",
      " last week.", " for the audit.", " again.", " - can you confirm?", " :)", "",
      " before the deadline.", " in person.", ", I think.", " on Friday.", " twice.");
  /** Free-standing shapes: headers, chat, logs, signatures, addresses, questions, possessives. */
  static final List<String> EN_SHAPES = List.of(
      "From: {PER}\nTo: {PER}\nSubject: contract", "Cc: {PER}; {PER}", "To: {PER} <sales@example.com>",
      "[10:42] {FIRST}: can you check the numbers?", "{FIRST}: ok, sending it now", "@{FIRST} please review",
      "<{PER}> anyone around?", "2024-05-02 09:13:44 INFO assigned ticket to {PER}",
      "owner={PER} region={LOC}", "Reviewed-by: {PER}", "Signed-off-by: {PER}",
      "Best,\n{PER}", "Cheers, {FIRST}", "Kind regards,\n{PER}\n{ORG}", "-- {PER}, {ORG}",
      "{PER}'s passport expires in May.", "Is {PER}'s address still in {LOC}?",
      "Who is {PER}?", "Does {PER} still work at {ORG}?", "Has {FIRST} replied yet?",
      "Where does {PER} live?", "What did {PER} say about {ORG}?", "Why is {PER} in {LOC}?",
      "When {PER} arrived in {LOC}, the office was closed.", "If {FIRST} agrees, we go ahead.",
      "Both {PER} and {PER} work at {ORG}.", "Neither {PER} nor {ORG} replied.",
      "Send it to {PER}, {PER}, {PER} and {PER}.", "{PER} (CFO), {PER} (CTO) and {PER} (CEO)",
      "Passenger: {PER}\nFrom: {LOC}\nTo: {LOC}", "Deliver to: {PER}, {LOC}",
      "Applicant {PER}, born in {LOC}, applied to {ORG}.", "{PER}, 42, a teacher from {LOC}",
      "Thanks {FIRST}!", "Hello {FIRST}, welcome to {ORG}.", "Good morning {PER}.",
      "The {ORG} office near {LOC} is hiring.", "Rent in {LOC} went up again.",
      "{LOC} is colder than {LOC} in winter.", "The flight stops in {LOC}.",
      "We need visas for {LOC} and {LOC}.", "{ORG} and {ORG} are merging.",
      "{ORG} fined {PER} for late payment.", "Ask {ORG} legal about {PER}'s contract.");
  /** Capitalised non-names: products, tools, months, days, holidays, title case, identifiers. */
  static final List<String> EN_CAPITALISED_WORDS = List.of("Excel", "PowerPoint", "Jira", "Kubernetes",
      "PostgreSQL", "Redis", "Docker", "Terraform", "React", "Python", "JavaScript", "TypeScript",
      "Android", "iOS", "Linux", "Ubuntu", "Chrome", "Bluetooth", "Wi-Fi", "USB", "PDF", "CSV",
      "Monday", "Tuesday", "Friday", "Sunday", "January", "March", "August", "December",
      "Christmas", "Easter", "Ramadan", "Thanksgiving", "Q3", "OKR", "KPI", "CEO", "HR", "IT",
      "Invoice", "Report", "Summary", "Status", "Priority", "Critical", "Draft", "Final",
      "Important", "Urgent", "Note", "Action", "Items", "Agenda", "Budget", "Review", "Notes",
      "getUserName", "OrderService", "parseJson", "NullPointerException", "README", "TODO");
  static final List<String> EN_NEGATIVE_SHAPES = List.of("Please open the {W} file and check the {W} tab.",
      "{W} {W} for the {W} meeting", "Can {W} export to {W}?", "The {W} build failed on {W}.",
      "{W}: {W} and {W}", "Will the {W} update ship in {W}?", "May we move the {W} review to {W}?",
      "Call {W}() before {W}.", "Subject: {W} {W} - {W}", "{W} is down again, restart {W}.",
      "How do I install {W} on {W}?", "Re: {W} {W}", "Sales in {W} were up; {W} was flat.",
      "Convert this {W} table to {W}.", "Mark it {W} and move it to {W}.");

  static final List<String> ZH_OPENERS = List.of("", "", "", "昨天", "今天上午", "上个月", "刚才",
      "去年", "周四", "下午三点", "听说", "据说", "最近", "明天", "其实", "另外，", "补充一下：", "前天");
  static final List<String> ZH_SUBJECTS = List.of("{PER}", "{PER}", "{PER}", "{PER}", "{SUR}总",
      "{SUR}经理", "{SUR}老师", "{PER}医生", "{PER}教授", "{PER}律师", "{SUR}先生", "{SUR}女士",
      "我同事{PER}", "我们的客户{PER}", "老{SUR}", "小{SUR}", "{PER}和{PER}", "{PER}、{PER}和{PER}",
      "{ORG}的{PER}", "{ORG}", "{ORG}", "{LOC}团队", "{PER}他们");
  static final List<String> ZH_PREDICATES = List.of("飞往{LOC}", "从{LOC}飞回来了", "去了{LOC}",
      "到{LOC}出差", "搬到{LOC}了", "回{LOC}了", "见了{PER}", "在{LOC}见了{PER}", "给{PER}打了电话",
      "给{PER}发了邮件", "加入了{ORG}", "离开了{ORG}", "在{ORG}上班", "被{ORG}录用了",
      "之前在{ORG}工作过", "之前住在{LOC}", "说预算不够", "说明天再谈", "说{PER}会负责",
      "和{PER}一起去{LOC}", "和{ORG}签了合同", "起诉了{ORG}", "出生在{LOC}", "住在{LOC}附近",
      "批准了这笔预算", "请假到下周一", "提交了报告", "取消了订单", "问退款的事", "想跟{PER}谈谈",
      "把{PER}介绍给我", "推荐了{ORG}", "面试了{PER}", "中午约了{PER}", "在{LOC}开了分公司",
      "从{LOC}发货", "接替{PER}担任总监", "毕业于{ORG}", "负责{LOC}的业务", "对{ORG}很满意");
  static final List<String> ZH_TAILS = List.of("。", "。", "。", "！", "？", "", "了。", "，你知道吗？",
      "，请确认。", "吧。", "呢？", "，麻烦跟进一下。");
  static final List<String> ZH_SHAPES = List.of(
      "发件人：{PER}\n收件人：{PER}\n主题：合同", "抄送：{PER}；{PER}", "[10:42] {PER}：数据核对了吗？",
      "{PER}：好的，马上发", "@{PER} 请看一下", "2024-05-02 09:13:44 INFO 工单已分配给{PER}",
      "负责人={PER} 地区={LOC}", "审核人：{PER}", "此致\n敬礼\n{PER}\n{ORG}", "—— {PER}，{ORG}",
      "{PER}的护照五月到期。", "{PER}的地址还在{LOC}吗？", "{PER}是谁？", "{PER}还在{ORG}吗？",
      "{PER}回复了没有？", "{PER}住在哪里？", "{PER}对{ORG}怎么看？", "{PER}为什么在{LOC}？",
      "{PER}到{LOC}的时候，办公室已经关门了。", "如果{PER}同意，我们就开始。",
      "{PER}和{PER}都在{ORG}工作。", "发给{PER}、{PER}、{PER}和{PER}。",
      "{PER}（财务总监）、{PER}（技术总监）和{PER}（总经理）", "乘客：{PER}\n出发：{LOC}\n到达：{LOC}",
      "收货地址：{LOC}，{PER}", "申请人{PER}，出生于{LOC}，申请{ORG}的职位。",
      "{PER}，42岁，{LOC}人，教师", "谢谢{PER}！", "{PER}你好，欢迎加入{ORG}。", "{PER}早上好。",
      "{ORG}在{LOC}附近的办公室在招人。", "{LOC}的房租又涨了。", "{LOC}冬天比{LOC}冷。",
      "航班在{LOC}经停。", "去{LOC}和{LOC}都要签证。", "{ORG}和{ORG}正在合并。",
      "{ORG}对{PER}的逾期付款处以罚款。", "请{ORG}法务看一下{PER}的合同。",
      "{PER}之前说过这件事。", "{PER}说的没错。", "{PER}和我都同意。", "这是{PER}的意见。");
  /** Common words made of surname or place characters, products and dates: not names. */
  static final List<String> ZH_LOOKALIKE_WORDS = List.of("王国", "张开", "李子", "高兴", "黄金", "马上",
      "周末", "金融", "林业", "石油", "白色", "高速", "程序", "方法", "万一", "何时", "于是", "周期",
      "许多", "常常", "江湖", "海关", "东方", "明天", "文件", "华丽", "安全", "平安", "杨树", "陈旧",
      "刘海", "吴语", "孙子", "朱红", "胡说", "郭外", "罗列", "梁柱", "谢谢", "宋体", "唐朝", "韩流",
      "曹操", "彭湃", "夏天", "春节", "国庆节", "星期一", "三月", "微信", "支付宝", "淘宝", "抖音",
      "钉钉", "苹果手机", "安卓", "云服务器", "数据库", "市场部", "区块链", "省钱", "市场", "县城",
      "大学生", "银行卡", "医院挂号", "公司章程", "集团化", "路由器", "街道办");
  static final List<String> ZH_NEGATIVE_SHAPES = List.of("请打开{W}文件，检查{W}那一栏。",
      "{W}和{W}哪个好？", "{W}的时候记得{W}。", "把{W}改成{W}。", "{W}又出问题了，重启一下{W}。",
      "怎么在{W}上安装{W}？", "{W}：{W}、{W}", "{W}以后再说{W}的事。", "关于{W}的{W}报告",
      "{W}我们{W}。");
}
