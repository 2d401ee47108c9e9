//! The contract's schema in one place: the fields of an incident record and
//! the three category taxonomies (`../EXTRACTION.md`). Everything that names
//! a field or a category (the `Incident` record, front-matter pinning, the
//! Parquet columns, the tantivy fields, `explain`, `lint`, chart colours,
//! the saved queries' docs) takes the names from here, so adding a category
//! is one variant here plus what the compiler then asks for (a colour).

use std::str::FromStr;

use serde::{Deserialize, Serialize};
use strum::{AsRefStr, Display, EnumIter, EnumString, IntoEnumIterator, IntoStaticStr};

/// A category taxonomy: its values, written in kebab-case.
pub trait Category:
    Copy + Eq + IntoEnumIterator + Into<&'static str> + AsRef<str> + FromStr + Default
{
    /// The field of the record that holds it.
    const FIELD: Field;

    /// Every value, in the contract's order.
    fn names() -> Vec<&'static str> {
        Self::iter().map(Into::into).collect()
    }

    /// A value as written by an author (`Config Fix`, `config_fix`), if it
    /// is one of the taxonomy's.
    fn parse_loose(s: &str) -> Option<Self> {
        Self::from_str(&s.trim().to_lowercase().replace([' ', '_'], "-")).ok()
    }
}

macro_rules! category {
    ($(#[$doc:meta])* $name:ident, $field:ident { $($variant:ident),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default,
            Serialize, Deserialize, EnumIter, EnumString, IntoStaticStr, AsRefStr, Display,
        )]
        #[serde(rename_all = "kebab-case")]
        #[strum(serialize_all = "kebab-case")]
        pub enum $name {
            $($variant,)+
            #[default]
            Unknown,
        }

        impl Category for $name {
            const FIELD: Field = Field::$field;
        }

        impl $name {
            pub fn as_str(self) -> &'static str {
                self.into()
            }
        }

        /// Tests and callers compare with the written name.
        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_ref() == *other
            }
        }
    };
}

category!(
    /// The mechanism that broke the service.
    RootCause, RootCause {
        SoftwareBug,
        MemoryLeak,
        Misconfiguration,
        ResourceExhaustion,
        CapacityOverload,
        Database,
        Network,
        Dependency,
        Hardware,
        Security,
        HumanError,
    }
);

category!(
    /// Who or what noticed the incident first.
    Detection, Detection {
        Monitoring,
        CustomerReport,
        InternalReport,
    }
);

category!(
    /// What restored service.
    Resolution, Resolution {
        Rollback,
        Restart,
        Hotfix,
        ConfigFix,
        Scaling,
        Failover,
        Other,
    }
);

/// What kind of value a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// `YYYY-MM-DD`.
    Date,
    /// An abbreviation or offset as written (`UTC`, `PST`, `+02:00`).
    Zone,
    /// `HH:MM`, the document's own wall clock.
    Clock,
    /// Whole minutes.
    Minutes,
    Percent,
    Count,
    Money,
    /// One of a taxonomy's values.
    Category,
}

/// The contract's fields, in contract order (the order of
/// `extract --format jsonl`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    EnumIter,
    EnumString,
    IntoStaticStr,
    AsRefStr,
    Display,
)]
#[strum(serialize_all = "snake_case")]
pub enum Field {
    Title,
    Date,
    Tz,
    Start,
    End,
    Detected,
    DurationStatedMin,
    WindowMin,
    TtdMin,
    DetectToResolveMin,
    UsersAffectedPct,
    UsersAffectedCount,
    RevenueLoss,
    RootCause,
    Detection,
    Resolution,
    ActionItems,
}

impl Field {
    /// The name in the contract, the JSON record and the Parquet table.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn kind(self) -> Kind {
        use Field as F;
        match self {
            F::Title => Kind::Text,
            F::Date => Kind::Date,
            F::Tz => Kind::Zone,
            F::Start | F::End | F::Detected => Kind::Clock,
            F::DurationStatedMin | F::WindowMin | F::TtdMin | F::DetectToResolveMin => {
                Kind::Minutes
            }
            F::UsersAffectedPct => Kind::Percent,
            F::UsersAffectedCount | F::ActionItems => Kind::Count,
            F::RevenueLoss => Kind::Money,
            F::RootCause | F::Detection | F::Resolution => Kind::Category,
        }
    }

    /// The values a category field may take; `None` for other fields.
    pub fn categories(self) -> Option<Vec<&'static str>> {
        match self {
            Field::RootCause => Some(RootCause::names()),
            Field::Detection => Some(Detection::names()),
            Field::Resolution => Some(Resolution::names()),
            _ => None,
        }
    }

    /// Minutes derived from two moments, with the two (`window_min` is
    /// `end - start`); `None` for every other field.
    pub fn derived_from(self) -> Option<(Field, Field)> {
        match self {
            Field::WindowMin => Some((Field::Start, Field::End)),
            Field::TtdMin => Some((Field::Start, Field::Detected)),
            Field::DetectToResolveMin => Some((Field::Detected, Field::End)),
            _ => None,
        }
    }

    /// Whether the store keeps the field's confidence (`<field>_confidence`):
    /// every extracted field; not the title, the minutes derived from two
    /// moments (their confidence is their moments') or the action-item count.
    pub fn has_confidence_column(self) -> bool {
        !matches!(self, Field::Title | Field::ActionItems) && self.derived_from().is_none()
    }

    /// The incident phase a derived minute measures, as incident tools name
    /// it; `None` for every other field.
    pub fn phase(self) -> Option<&'static str> {
        match self {
            Field::TtdMin => Some("time to detect"),
            Field::DetectToResolveMin => Some("time to repair"),
            Field::WindowMin => Some("impact duration"),
            _ => None,
        }
    }

    /// Every contract field, in contract order.
    pub fn all() -> impl Iterator<Item = Field> {
        Field::iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_contracts() {
        let names: Vec<&str> = Field::all().map(Field::as_str).collect();
        assert_eq!(names.len(), 17);
        assert_eq!(names[0], "title");
        assert_eq!(names[9], "detect_to_resolve_min");
        assert_eq!(names[16], "action_items");
        assert_eq!(
            Resolution::names(),
            [
                "rollback",
                "restart",
                "hotfix",
                "config-fix",
                "scaling",
                "failover",
                "other",
                "unknown"
            ]
        );
        assert_eq!(RootCause::names().len(), 12);
        assert_eq!(RootCause::HumanError.as_str(), "human-error");
        assert_eq!(
            serde_json::to_string(&Detection::CustomerReport).unwrap(),
            "\"customer-report\""
        );
        assert_eq!(Field::from_str("window_min").unwrap(), Field::WindowMin);
    }

    #[test]
    fn authors_spellings_are_read_loosely() {
        assert_eq!(
            Resolution::parse_loose(" Config Fix"),
            Some(Resolution::ConfigFix)
        );
        assert_eq!(
            RootCause::parse_loose("memory_leak"),
            Some(RootCause::MemoryLeak)
        );
        assert_eq!(RootCause::parse_loose("gremlins"), None);
        for f in Field::all() {
            assert_eq!(f.categories().is_some(), f.kind() == Kind::Category);
        }
    }
}
