// "Who is playing?": pick a player or create one. Classroom PCs are shared, so the game never
// assumes a single player; it opens by itself when nobody is selected.
import type { ProfileList } from '../../electron/api';
import { callApi, messageOf } from '../utils/api';
import { el } from '../utils/dom';

export class ProfilePopup {
  private readonly overlay: HTMLElement;
  private readonly list = el('ul', { class: 'profile-list', 'aria-label': 'Players' });
  private readonly nameInput = el('input', { id: 'new-player-name', type: 'text', maxlength: 40, autocomplete: 'off' });
  private readonly error = el('p', { class: 'form-error', role: 'alert' });
  private readonly cancel = el('button', { type: 'button', class: 'secondary', text: 'Cancel' });
  private resolveChosen: (() => void) | null = null;

  constructor(private readonly layer: HTMLElement) {
    const form = el(
      'form',
      { class: 'profile-form' },
      el('label', { for: 'new-player-name', text: 'New player name' }),
      el('div', { class: 'row' }, this.nameInput, el('button', { type: 'submit', text: 'Create player' })),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.create();
    });
    this.cancel.addEventListener('click', () => this.close());
    const dialog = el(
      'div',
      { class: 'popup profile-popup', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'profile-title' },
      el('h2', { id: 'profile-title', text: 'Who is playing?' }),
      this.list,
      form,
      this.error,
      el('div', { class: 'popup-actions' }, this.cancel),
    );
    this.overlay = el('div', { class: 'popup-overlay' }, dialog);
  }

  /** Opens the picker; resolves once a player is active (immediately if one was chosen before closing). */
  async open(): Promise<void> {
    const profiles = await callApi('profiles:list', {});
    this.render(profiles);
    this.layer.append(this.overlay);
    (profiles.profiles.length === 0 ? this.nameInput : (this.list.querySelector('button') ?? this.nameInput)).focus();
    return new Promise<void>((resolve) => (this.resolveChosen = resolve));
  }

  private render(profiles: ProfileList): void {
    this.cancel.hidden = profiles.activeProfileId === null;
    this.list.replaceChildren(
      ...profiles.profiles.map((profile) => {
        const button = el(
          'button',
          { type: 'button', class: profile.id === profiles.activeProfileId ? 'profile active' : 'profile', 'aria-label': `Play as ${profile.name}, ${profile.totalStars} stars` },
          el('span', { class: 'profile-name', text: profile.name }),
          el('span', { class: 'profile-stars', text: `★ ${profile.totalStars}` }),
        );
        button.addEventListener('click', () => void this.select(profile.id));
        return el('li', {}, button);
      }),
    );
    if (profiles.profiles.length === 0) this.list.append(el('li', { class: 'empty', text: 'No players yet: type your name below.' }));
  }

  private async create(): Promise<void> {
    const name = this.nameInput.value.trim();
    if (!name) {
      this.error.textContent = 'Type a name first.';
      return;
    }
    try {
      const profiles = await callApi('profiles:create', { name });
      const created = profiles.profiles.find((profile) => profile.id === profiles.activeProfileId) ?? profiles.profiles.at(-1);
      if (created && created.id !== profiles.activeProfileId) await callApi('profiles:select', { profileId: created.id });
      this.nameInput.value = '';
      this.chosen();
    } catch (error) {
      this.error.textContent = messageOf(error);
    }
  }

  private async select(profileId: string): Promise<void> {
    try {
      await callApi('profiles:select', { profileId });
      this.chosen();
    } catch (error) {
      this.error.textContent = messageOf(error);
    }
  }

  private chosen(): void {
    this.error.textContent = '';
    this.overlay.remove();
    this.resolveChosen?.();
    this.resolveChosen = null;
  }

  private close(): void {
    this.chosen();
  }
}
