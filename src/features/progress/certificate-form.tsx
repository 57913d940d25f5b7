import { useState } from 'react';
import { Link } from 'react-router';
import { cleanName, MAX_NAME_LENGTH, saveCertificateName, savedCertificateName } from './certificate-name';

/** The name to print, remembered for next time, and the way to the certificate. */
export function CertificateForm() {
  const [name, setName] = useState(savedCertificateName);
  const clean = cleanName(name);
  return (
    <form className="certificate-form" onSubmit={(e) => e.preventDefault()} aria-label="生成结业证书">
      <p className="certificate-form__done">恭喜！全部四讲已读完，全部案例已通过。</p>
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
  );
}
