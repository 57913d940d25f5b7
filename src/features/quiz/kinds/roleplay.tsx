import type { KindView } from './kind-view';

export const rolePlayView: KindView<'roleplay'> = {
  // The role-play plays itself (RolePlayPlayer), so it has no answer form.
  Input: null,
  ClassView: ({ question }) => {
    const start = question.steps.find((s) => s.id === question.start);
    return (
      <>
        <p className="class-question__statement">
          {question.customerName}：{start?.customer.at(-1)?.text}
        </p>
        <p>请全班讨论：第一句话该怎么回应？然后在自己的设备上完成整段情景演练。</p>
      </>
    );
  },
};
