// The LMS side of the SCORM browser tests: scorm-again's run-time API, put where a SCO looks for it
// (window.API for SCORM 1.2, window.API_1484_11 for 2004), with every call the course makes logged.
// What each Commit hands over is also sent to the test (window.__lmsCommitted), as an LMS server
// would receive it: it outlives the page, so a killed page still shows what reached the "server".
(() => {
  const params = new URLSearchParams(location.search);
  const version = params.get('version') === '2004' ? '2004' : '1.2';
  const settings = { autocommit: false, logLevel: 4 };
  const api = version === '2004' ? new window.Scorm2004API(settings) : new window.Scorm12API(settings);
  const calls =
    version === '2004'
      ? ['Initialize', 'SetValue', 'Commit', 'Terminate']
      : ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish'];
  const log = [];
  for (const name of calls) api.on(name, (element, value) => log.push(element ? `${name} ${element}=${value}` : name));
  const snapshot = () => JSON.parse(JSON.stringify(api.cmi));
  const send = () => window.__lmsCommitted?.(JSON.stringify(snapshot()));
  api.on(version === '2004' ? 'Commit' : 'LMSCommit', send);
  api.on(version === '2004' ? 'Terminate' : 'LMSFinish', send);
  // The attempt as the LMS hands it over: the learner, new or resumed, and what it kept.
  const launch = window.__scormLaunch ?? {};
  const learner = launch.learnerId ?? 'student1';
  const entry = launch.entry ?? (typeof launch.suspendData === 'string' ? 'resume' : 'ab-initio');
  const data = typeof launch.suspendData === 'string' ? { suspend_data: launch.suspendData } : {};
  if (version === '2004') api.loadFromJSON({ ...data, learner_id: learner, entry });
  else api.loadFromJSON({ ...data, core: { student_id: learner, entry } });
  // An API that appears only after the course has started looking (F18).
  const publish = () => {
    if (version === '2004') window.API_1484_11 = api;
    else window.API = api;
  };
  if (launch.lateMs) setTimeout(publish, launch.lateMs);
  else publish();
  window.lms = { log, cmi: snapshot };
})();
