import { CATEGORY_INFO } from '../engine/categories';
import { CATEGORIES } from '../engine/types';
import type { Settings } from '../settings';
import { t } from '../ui/i18n';
import { Switch } from '../ui/Switch';
import type { UpdateSettings } from '../ui/hooks';
import { Section } from './Section';

export function CategoriesSection({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  return (
    <Section title={t('categoriesTitle')} intro={t('categoriesIntro')}>
      <ul className="list">
        {CATEGORIES.map((category) => {
          const info = CATEGORY_INFO[category];
          return (
            <li key={category}>
              <Switch
                checked={settings.categories[category] !== false}
                onChange={(on) =>
                  void update((s) => ({ categories: { ...s.categories, [category]: on } }))
                }
                label={info.label}
                description={
                  <>
                    {info.description} <span className="example">{t('exampleLine', info.example)}</span>
                    <br />
                    <span>{t('practiceLine', info.practice)}</span>
                  </>
                }
              />
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
