import { Link } from 'react-router';
import { courseSources } from '../../../content/about';
import { Analysis } from '../../components/analysis';
import { LawRef } from '../../components/law-ref';
import { useDocumentTitle } from '../../components/use-document-title';

/** `#/about`: where the course's material comes from and how it marks its own analysis and the law's status. */
export function AboutScreen() {
  useDocumentTitle('关于本课程');
  return (
    <article className="about">
      <h1>关于本课程</h1>
      <p>
        本课程根据五份 2007
        年前后的客户服务培训材料改编，用自己的话重写，案例的事实（日期、金额、人名、数字）和法律名称、条文序号都照原来的写法。
      </p>

      <section aria-labelledby="about-sources">
        <h2 id="about-sources">内容从哪里来</h2>
        <ul className="about__sources">
          {courseSources.map((source) => (
            <li key={source.tag}>
              <strong>{source.title}</strong>
              <p>{source.description}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="about-analysis">
        <h2 id="about-analysis">课程自己的分析怎样标出</h2>
        <p>讲义和案例解析里，凡是超出这些材料、由课程自己作出的判断，都放在一个带“课程分析”标记的框里，例如：</p>
        <Analysis>这里是课程自己的判断：材料没有给出答案，课程据前后内容给出一种处理思路，供你参考和讨论。</Analysis>
        <p>没有这个标记的内容，都来自上面的材料。材料只有标题、没有展开的地方，课程会直接说明，不替材料补写内容。</p>
      </section>

      <section aria-labelledby="about-law">
        <h2 id="about-law">法律的现行状态怎样标出</h2>
        <p>材料写于 2007 年前后，其中引用的一些法律后来已经废止或修订。课程每次引用法律，都在后面标出它今天的状态：</p>
        <ul className="about__law-examples">
          <li>
            <LawRef law="contract" article="第一百一十七条第二款" />
          </li>
          <li>
            <LawRef law="consumer" />
          </li>
          <li>
            <LawRef law="civil-code" article="第一百八十条" />
          </li>
        </ul>
        <p>
          <Link to="/handbook">速查手册</Link>
          的法律部分先写今天的规定，再写 2007 年材料的说法。材料里的服务热线 1860、《电信服务标准》2.8
          等，是当年的例子，不是今天的号码和标准；工作中以现行法律、本单位的规定和法务意见为准。
        </p>
      </section>
    </article>
  );
}
