import { useState } from 'react';
import { Link } from 'react-router';
import { cleanName, MAX_NAME_LENGTH, saveCertificateName, savedCertificateName } from './certificate-name';

/** The name to print, remembered for next time, and the way to the certificate. */
export function CertificateForm() {
  const [name, setName] = useState(savedCertificateName);
  const clean = cleanName(name);
  return (
    <>
      <div className="course-complete" role="status">
        <span className="course-complete__seal" aria-hidden="true">
          结业
        </span>
        <p className="course-complete__title">恭喜结业！</p>
        <p>全部四讲已读完，全部案例都达到了 80 分。填写姓名即可生成并打印结业证书。</p>
      </div>
      <form className="certificate-form" onSubmit={(e) => e.preventDefault()} aria-label="生成结业证书">
        <label htmlFor="certificate-name">证书上的姓名</label>
        <input
          id="certificate-name"
          type="text"
          autoComplete="name"
          value={name}
          maxLength={MAX_NAME_LENGTH}
          onChange={(e) => {
            setName(e.target.value);
            saveCertificateName(cleanName(e.target.value));
          }}
        />
        {clean ? (
          <Link className="button button--primary" to={`/progress/certificate?name=${encodeURIComponent(clean)}`}>
            生成结业证书
          </Link>
        ) : (
          <span className="hint">请先填写姓名。</span>
        )}
      </form>
    </>
  );
}
