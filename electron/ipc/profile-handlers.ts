import type { ProfileList } from '../api';
import type { HandlerTable } from './register';
import type { AppServices } from './services';

type ProfileChannels = 'profiles:list' | 'profiles:create' | 'profiles:select' | 'progress:get';

export function profileHandlers({ store, classroom }: AppServices): Pick<HandlerTable, ProfileChannels> {
  const list = (): ProfileList => ({ profiles: store.profiles(), activeProfileId: store.activeProfileId });
  return {
    'profiles:list': list,
    'profiles:create': async ({ name }) => {
      await store.createProfile(name);
      return list();
    },
    'profiles:select': async ({ profileId }) => {
      await store.selectProfile(profileId);
      return list();
    },
    'progress:get': () => ({
      activeProfile: store.activeProfile(),
      levels: store.activeProfile() ? store.levelsOfActive() : {},
      notices: [...store.notices, ...classroom.notices],
      savingEnabled: store.savingEnabled,
    }),
  };
}
