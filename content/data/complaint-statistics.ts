// Complaint statistics from the appliance maker's service deck (source [001]).

/** 07年5月份投诉结构分析图. The source interleaves the labels with the numbers; this pairing is the
 * likeliest reading (the counts add up to the total and the percentages match the counts). */
export const complaintStructureMay2007 = {
  title: '2007 年 5 月投诉结构',
  total: 209,
  categories: [
    { label: '不按预约时间上门', count: 78, percent: 38 },
    { label: '一次服务不到位', count: 70, percent: 33 },
    { label: '服务拖期', count: 50, percent: 24 },
    { label: '其他', count: 6, percent: 3 },
    { label: '收费不合理', count: 5, percent: 2 },
  ],
} as const;

/** 投诉比派工量(万分之一): complaints per 10,000 work orders, by branch and category. The columns
 * are matched to the values by position only; the figures are reproduced as the source prints them. */
export const branchComplaintRates = {
  title: '各分公司投诉比派工量（万分之一）',
  columns: ['一次服务不到位', '服务操作不规范', '服务拖期', '服务响应不及时', '政策不兑现', '服务收费不合理'],
  rows: [
    { branch: '广州', values: ['2.39', '0.20', '0.70', '2.09', '0.00', '0.00'] },
    { branch: '深圳', values: ['3.33', '0.210', '1.28', '2.09', '0.00', '0.00'] },
    { branch: '南宁', values: ['2.40', '0.19', '2.40', '2.10', '0.00', '0.00'] },
    { branch: '合计', values: ['3.40', '0.24', '2.43', '3.79', '0.05', '0.24'] },
  ],
  caveats: [
    '原表的列名与数字是按位置对应的，个别对应关系可能有误。',
    '“合计”一行并不等于三个分公司之和，原表未说明其口径。',
    '深圳“服务操作不规范”一栏印作 0.210，疑为录入错误，此处照原样列出。',
    '原表未注明统计时间。',
  ],
} as const;
