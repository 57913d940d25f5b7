// The LMS side of the SCORM browser tests: scorm-again's run-time API, put where a SCO looks for it
// (window.API for SCORM 1.2, window.API_1484_11 for 2004), with every call the course makes logged.
(() => {
  const version = new URLSearchParams(location.search).get('version') === '2004' ? '2004' : '1.2';
  const settings = { autocommit: false, logLevel: 4 };
  const api = version === '2004' ? new window.Scorm2004API(settings) : new window.Scorm12API(settings);
  const calls =
    version === '2004'
      ? ['Initialize', 'SetValue', 'Commit', 'Terminate']
      : ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish'];
  const log = [];
  for (const name of calls) api.on(name, (element, value) => log.push(element ? `${name} ${element}=${value}` : name));
  // What the LMS kept from an earlier session, if the test set one.
  if (typeof window.__scormSuspendData === 'string') api.loadFromJSON({ suspend_data: window.__scormSuspendData });
  if (version === '2004') window.API_1484_11 = api;
  else window.API = api;
  window.lms = {
    log,
    // The CMI as the LMS would store it (write-only elements included).
    cmi: () => JSON.parse(JSON.stringify(api.cmi)),
  };
})();
