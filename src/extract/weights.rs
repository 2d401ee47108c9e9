//! How much a line counts, by the roles of the section it is in: one table
//! for every reader of sections (root cause, detection, resolution, impact
//! figures). Rows are read in order for the purpose asked; the first whose
//! condition holds gives the weight; no row, 1.0.

use crate::corpus::document::Roles;

/// What the line is read for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Cause,
    Detection,
    Resolution,
    Impact,
    /// Times and durations: 0.0 where they are never read.
    Times,
    /// The score of a date found in the body (the incident's day).
    Date,
}

/// A row's condition on the line's roles.
#[derive(Debug, Clone, Copy)]
pub enum When {
    /// Has any of these roles.
    Any(Roles),
    /// Has any of the first and none of the second.
    AnyBut(Roles, Roles),
    /// A line outside every section role (a document without headings).
    NoRole,
}

impl When {
    fn holds(self, roles: Roles) -> bool {
        match self {
            When::Any(r) => roles.has(r),
            When::AnyBut(r, not) => roles.has(r) && !roles.has(not),
            When::NoRole => roles.is_empty(),
        }
    }
}

const ACTIONS: Roles = Roles::ACTIONS;
const RESOLUTION: Roles = Roles::RESOLUTION;
const LESSONS: Roles = Roles::LESSONS;
const SIGNOFF: Roles = Roles::SIGNOFF;

use Purpose::{Cause, Date, Detection, Impact, Resolution, Times};

/// A date in a summary-like place: the incident's day as the authors give it.
pub const DATE_IN_SUMMARY: f32 = 3.0;
/// A date in a timeline: a day of the log, maybe not the first.
pub const DATE_IN_TIMELINE: f32 = 2.0;

/// A line of a background section, read for the root cause.
pub const BACKGROUND_WEIGHT: f32 = 0.3;

/// (purpose, condition, weight), first match per purpose.
pub const SECTION_WEIGHTS: &[(Purpose, When, f32)] = &[
    // Root cause. Work to do, sign-offs and lessons say little of what
    // happened; a "Remediation and prevention" section (actions that also
    // tell what restored service) is half work to do: half weight.
    (Cause, When::Any(SIGNOFF), 0.1),
    (Cause, When::AnyBut(ACTIONS, RESOLUTION), 0.1),
    (Cause, When::Any(ACTIONS), 0.5),
    (Cause, When::Any(LESSONS), 0.2),
    // How the system works (a "Background" section) names the parts and
    // what could go wrong with them, not what broke.
    (
        Cause,
        // Only a section that is background alone ("Background", which
        // also reads as a summary): "Timeline and context" is a timeline,
        // a context sub-heading of a root-cause section explains the cause.
        When::AnyBut(
            Roles::BACKGROUND,
            Roles::ROOT_CAUSE
                .union(Roles::TIMELINE)
                .union(Roles::IMPACT)
                .union(Roles::RESOLUTION)
                .union(Roles::DETECTION),
        ),
        BACKGROUND_WEIGHT,
    ),
    // A timeline tells the order of events, not why, even in a root-cause
    // section that holds one.
    (Cause, When::Any(Roles::TIMELINE), 0.8),
    // The root-cause section is where the authors say it.
    (Cause, When::Any(Roles::ROOT_CAUSE), 3.0),
    (Cause, When::Any(Roles::SUMMARY.union(Roles::IMPACT)), 1.5),
    // Resolution: the same exclusions; the resolution section says what
    // restored service (even inside a timeline); a root-cause section
    // describes the mechanism, not the fix.
    (Resolution, When::Any(SIGNOFF), 0.1),
    (Resolution, When::AnyBut(ACTIONS, RESOLUTION), 0.1),
    (Resolution, When::Any(ACTIONS), 0.5),
    (Resolution, When::Any(LESSONS), 0.2),
    (Resolution, When::Any(RESOLUTION), 3.0),
    (Resolution, When::Any(Roles::ROOT_CAUSE), 0.5),
    (Resolution, When::Any(Roles::TIMELINE), 0.8),
    (
        Resolution,
        When::Any(Roles::SUMMARY.union(Roles::IMPACT)),
        1.5,
    ),
    // Detection: who noticed is never in work to do, lessons or sign-offs
    // (they name monitoring to add, not what noticed).
    (Detection, When::AnyBut(ACTIONS, RESOLUTION), 0.0),
    (Detection, When::Any(LESSONS), 0.0),
    (Detection, When::Any(SIGNOFF), 0.0),
    // Impact figures: the impact section, then the summary or an
    // unsectioned text; figures in work to do or lessons are targets.
    (Impact, When::Any(Roles::IMPACT), 3.0),
    (Impact, When::Any(Roles::SUMMARY), 2.0),
    (Impact, When::NoRole, 2.0),
    (Impact, When::Any(ACTIONS.union(LESSONS)), 0.2),
    // Times: work to do, lessons and sign-offs hold deadlines and dates of
    // the write-up, not moments of the incident, unless they hold a
    // timeline.
    (
        Times,
        When::AnyBut(ACTIONS.union(SIGNOFF).union(LESSONS), Roles::TIMELINE),
        0.0,
    ),
    // Dates in the body: a timeline's days, else a summary-like place.
    (Date, When::Any(Roles::TIMELINE), DATE_IN_TIMELINE),
    (
        Date,
        When::Any(Roles::SUMMARY.union(Roles::IMPACT)),
        DATE_IN_SUMMARY,
    ),
    (Date, When::NoRole, DATE_IN_SUMMARY),
];

/// The weight of a line in a section with these roles, read for `purpose`.
pub fn section_weight(roles: Roles, purpose: Purpose) -> f32 {
    SECTION_WEIGHTS
        .iter()
        .find(|(p, when, _)| *p == purpose && when.holds(roles))
        .map_or(1.0, |(_, _, w)| *w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_matching_row_decides() {
        assert_eq!(section_weight(Roles::ROOT_CAUSE, Cause), 3.0);
        assert_eq!(section_weight(Roles::ROOT_CAUSE, Resolution), 0.5);
        // A timeline inside a root-cause section is read as a timeline.
        assert_eq!(
            section_weight(Roles::ROOT_CAUSE | Roles::TIMELINE, Cause),
            0.8
        );
        // What restored service, told in the timeline of a resolution section.
        assert_eq!(
            section_weight(Roles::RESOLUTION | Roles::TIMELINE, Resolution),
            3.0
        );
        // Remediation (actions + resolution) is half weight, plain actions
        // a tenth.
        assert_eq!(section_weight(ACTIONS | RESOLUTION, Cause), 0.5);
        assert_eq!(section_weight(ACTIONS, Cause), 0.1);
        assert_eq!(section_weight(ACTIONS, Detection), 0.0);
        assert_eq!(section_weight(ACTIONS | RESOLUTION, Detection), 1.0);
        assert_eq!(section_weight(Roles::empty(), Impact), 2.0);
        assert_eq!(section_weight(Roles::empty(), Cause), 1.0);
        assert_eq!(section_weight(Roles::IMPACT | ACTIONS, Impact), 3.0);
        assert_eq!(section_weight(LESSONS, Times), 0.0);
        assert_eq!(section_weight(LESSONS | Roles::TIMELINE, Times), 1.0);
        assert_eq!(section_weight(Roles::SUMMARY | Roles::TIMELINE, Date), 2.0);
        assert_eq!(section_weight(Roles::ROOT_CAUSE, Date), 1.0);
        // "Background" weighs little for the cause; "Technical background"
        // is a root-cause section.
        assert_eq!(
            section_weight(Roles::SUMMARY | Roles::BACKGROUND, Cause),
            BACKGROUND_WEIGHT
        );
        assert_eq!(
            section_weight(Roles::ROOT_CAUSE | Roles::BACKGROUND, Cause),
            3.0
        );
        assert_eq!(
            section_weight(Roles::TIMELINE | Roles::BACKGROUND, Cause),
            0.8
        );
    }
}
