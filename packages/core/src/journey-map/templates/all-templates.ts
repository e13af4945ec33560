import { advocacyTemplate } from './advocacy.js'
import { b2bTemplate } from './b2b.js'
import { bankTemplate } from './bank.js'
import { customerSupportTemplate } from './customer-support.js'
import { dayInTheLifeTemplate } from './day-in-the-life.js'
import { fiveStagesTemplate } from './five-stages.js'
import { futureStateTemplate } from './future-state.js'
import { nineStepsTemplate } from './nine-steps.js'
import { retailStoreTemplate } from './retail-store.js'
import { saasOnboardingTemplate } from './saas-onboarding.js'
import { serviceBlueprintTemplate } from './service-blueprint.js'
import type { TemplateDefinition } from './template.js'
import { travelAgencyTemplate } from './travel-agency.js'
import { yogaEcommerceTemplate } from './yoga-ecommerce.js'

/** Every template, in the order the gallery shows them: journeys, formats, then sectors. */
export const TEMPLATES: readonly TemplateDefinition[] = [
  fiveStagesTemplate,
  advocacyTemplate,
  nineStepsTemplate,
  b2bTemplate,
  serviceBlueprintTemplate,
  dayInTheLifeTemplate,
  futureStateTemplate,
  yogaEcommerceTemplate,
  retailStoreTemplate,
  travelAgencyTemplate,
  bankTemplate,
  saasOnboardingTemplate,
  customerSupportTemplate,
]

export const TEMPLATE_IDS: readonly string[] = TEMPLATES.map((template) => template.id)

export function findTemplate(id: string): TemplateDefinition | undefined {
  return TEMPLATES.find((template) => template.id === id)
}
