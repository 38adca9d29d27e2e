// Let's Talk's Tasklist: the case beside every task, British dates, and Tasklist's own settings.
export default {
  app: {
    name: 'Tasklist',
    vendor: "Let's Talk"
  },
  // Tasklist's dates as written in Britain (moment.js formats).
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd D MMMM YYYY HH:mm'
  },
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },
  // ES modules under app/tasklist/, each exporting its plugins.
  customScripts: ['scripts/letstalk-tasklist'],
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
