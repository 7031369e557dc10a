import i18next from 'i18next';
import { initI18n, setLanguage } from '../../lib/i18n';
import { activityWords, stateWords } from './state-words';

describe('state and activity words', () => {
  beforeAll(() => {
    initI18n('sv');
  });
  afterEach(() => setLanguage('sv'));

  it('should word a state with its reason, an activity’s name as the schedule words it', () => {
    expect(stateWords(i18next.t, 'logged_out', null)).toBe('Utloggad');
    expect(stateWords(i18next.t, 'not_ready', 'lunch')).toBe('Ej redo (Lunch)');
    expect(stateWords(i18next.t, 'not_ready', 'coaching')).toBe('Ej redo (coaching)');
    setLanguage('en');
    expect(stateWords(i18next.t, 'wrap_up', null)).toBe('Wrap-up');
  });

  it('should word no activity as no shift', () => {
    expect(activityWords(i18next.t, null)).toBe('Inget pass');
    expect(activityWords(i18next.t, 'backoffice')).toBe('Övrigt arbete');
  });
});
