import type { ResultSection } from '../../ui/slots';
import { CertaintySection } from './certainty-section';
import { NextStepsSection } from './next-steps-section';
import { SnapshotsSection } from './snapshots-section';
import { TensionsSection } from './tensions-section';
import { TodayDesiredSection } from './today-desired-section';
import { WhatIfSection } from './what-if-section';
import { WhyHereSection } from './why-here-section';

/** The insight sections in the order the results page shows them (for its `Sections` prop). */
export const INSIGHT_SECTIONS: ResultSection[] = [
  WhyHereSection,
  TensionsSection,
  NextStepsSection,
  CertaintySection,
  WhatIfSection,
  TodayDesiredSection,
  SnapshotsSection,
];
