import type { Sensitivity } from '../engine/types';
import type { Settings } from '../settings';
import { t } from '../ui/i18n';
import { RadioGroup } from '../ui/RadioGroup';
import type { UpdateSettings } from '../ui/hooks';
import { Section } from './Section';

export function ToneSettingsSection({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  return (
    <Section title={t('howTitle')}>
      <RadioGroup<Sensitivity>
        legend={t('sensitivityLegend')}
        value={settings.sensitivity}
        onChange={(sensitivity) => void update(() => ({ sensitivity }))}
        options={[
          { value: 'gentle', label: t('sensitivityGentle'), description: t('sensitivityGentleHelp') },
          { value: 'balanced', label: t('sensitivityBalanced'), description: t('sensitivityBalancedHelp') },
          { value: 'strict', label: t('sensitivityStrict'), description: t('sensitivityStrictHelp') },
        ]}
      />
      <RadioGroup<Settings['hints']>
        legend={t('hintsLegend')}
        value={settings.hints}
        onChange={(hints) => void update(() => ({ hints }))}
        options={[
          { value: 'inline', label: t('hintsInline'), description: t('hintsInlineHelp') },
          { value: 'popup', label: t('hintsPopup'), description: t('hintsPopupHelp') },
        ]}
      />
    </Section>
  );
}
