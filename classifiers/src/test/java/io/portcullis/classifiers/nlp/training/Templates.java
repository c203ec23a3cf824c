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
}
