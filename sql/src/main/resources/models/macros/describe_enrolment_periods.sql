-- Describes enrolment period totals (one row per enrolment per period, with its session counts):
-- keeps those with at least one possible session, judges each on its own possible sessions
-- (persistent at >= 10% absence, severe at >= 50%), and gives it one value per characteristic from
-- the census as at the period's end, so no enrolment is split between groups within a period. The
-- argument names the table (or CTE) of totals, so stored periods and a year to date at any date
-- are described by the same SQL.
create or replace macro describe_enrolment_periods(enrolment_period_totals) as table
with totals as (
    select * from query_table(enrolment_period_totals)
),

characteristics as (
    select * from int_enrolment_characteristic
),

schools as (
    select * from dim_school
),

headline_phases as (
    select * from seed_headline_phase
),

ethnicities as (
    select * from seed_ethnicity
),

languages as (
    select * from seed_first_language
),

parameters as (
    select
        max(value) filter (where name = 'persistent_absence_threshold') as persistent,
        max(value) filter (where name = 'severe_absence_threshold') as severe,
        max(value) filter (where name = 'headline_min_age') as min_age,
        max(value) filter (where name = 'headline_max_age') as max_age
    from seed_parameter
),

possible as (
    select
        *,
        authorised_absence_sessions + unauthorised_absence_sessions as overall_absence_sessions
    from totals
    where possible_sessions > 0
),

described as (
    select
        possible.*,
        characteristics.* exclude (enrolment_key, applies_from),
        age_at_31_august(possible.academic_year, characteristics.date_of_birth)
            as age_at_31_august
    from possible
    asof left join characteristics
        on characteristics.enrolment_key = possible.enrolment_key
       and possible.period_end >= characteristics.applies_from
),

final as (
    select
        described.enrolment_key,
        described.pupil_key,
        described.urn,
        schools.la_code,
        schools.phase,
        described.academic_year,
        described.year_key,
        described.period_type,
        described.period_id,
        described.period_start,
        described.period_end,
        described.possible_sessions,
        described.attendance_sessions,
        described.authorised_absence_sessions,
        described.unauthorised_absence_sessions,
        described.overall_absence_sessions,
        described.late_before_close_sessions,
        described.late_after_close_sessions,
        absent_at_least(described.overall_absence_sessions, described.possible_sessions,
            parameters.persistent) as is_persistent_absentee,
        absent_at_least(described.overall_absence_sessions, described.possible_sessions,
            parameters.severe) as is_severe_absentee,
        coalesce(
            headline_phases.is_state_funded_headline
                and described.age_at_31_august between parameters.min_age and parameters.max_age,
            false) as in_headline_cohort,
        described.age_at_31_august,
        described.nc_year,
        described.sex,
        described.fsm_eligible,
        described.sen_provision,
        coalesce(ethnicities.main_code, described.ethnicity) as ethnicity_minor,
        coalesce(ethnicities.major_group, 'Unclassified') as ethnicity_major,
        case
            when described.first_language is null then 'Unclassified'
            else coalesce(languages.language_group, 'Other than English')
        end as first_language_group,
        described.characteristics_as_of,
        described.missing_mark_sessions,
        described.sessions_on_roll
    from described
    cross join parameters
    join schools on schools.urn = described.urn
    left join headline_phases on headline_phases.phase = schools.phase
    left join ethnicities on ethnicities.code = described.ethnicity
    left join languages on languages.code = described.first_language
)

select * from final
