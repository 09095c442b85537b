// The header's section switch: Bandeja for everyone, Calidad and Equipo for supervisors, Mis evaluaciones
// for agents, Reportes and Escucha for both, Clase first for trainers. Buttons that say which one is showing.
import { useTranslation } from 'react-i18next';
import { type Section, useSection } from './sections.ts';

export function sectionsFor(role: string): Section[] {
  if (role === 'supervisor') return ['inbox', 'quality', 'team', 'reports', 'listening'];
  if (role === 'agent') return ['inbox', 'myReviews', 'reports', 'listening'];
  if (role === 'trainer') return ['class', 'inbox'];
  return ['inbox'];
}

/** The section on screen: the one chosen, else (nothing chosen yet, or one this role lacks after a profile switch) the role's first. */
export function sectionShown(role: string, chosen: Section | null): Section {
  const sections = sectionsFor(role);
  return chosen !== null && sections.includes(chosen) ? chosen : (sections[0] ?? 'inbox');
}

export function SectionSwitch({ role }: { role: string }) {
  const { t } = useTranslation();
  const section = sectionShown(role, useSection((state) => state.section));
  const show = useSection((state) => state.show);
  const sections = sectionsFor(role);
  if (sections.length < 2) return null;
  return (
    <nav className="section-switch" aria-label={t('sections.label')} data-testid="section-switch">
      {sections.map((s) => (
        <button key={s} type="button" className="button ghost" aria-current={section === s ? 'page' : undefined}
          data-testid={`section-${s}`} onClick={() => show(s)}>
          {t(`sections.${s}`)}
        </button>
      ))}
    </nav>
  );
}
