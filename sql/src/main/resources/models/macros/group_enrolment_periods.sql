-- Enrolment periods summed by school and by LA (overall and per school phase), for all
-- enrolments and for the DfE headline cohort, overall and per subgroup. Subgroups are kept to
-- terms, academic years, years to date and what each year to date is compared with (the same
-- dates a year earlier); weeks, months, half-terms and rolling 12 months are reported overall.
-- Every sum is over enrolments, each judged on its own sessions. The argument names the table (or
-- CTE) of described enrolment periods. Enrolments are summed once, per school and per whether they
-- are in the headline cohort; every measure is a count or a sum, so the cohorts, the LA and its
-- phases are then sums of those few rows.
create or replace macro group_enrolment_periods(enrolment_periods) as table
with periods as (
    select * from query_table(enrolment_periods)
),

parameters as (
    select
        max(value) filter (where name = 'attendance_works_at_risk_threshold') as at_risk,
        max(value) filter (where name = 'attendance_works_moderate_threshold') as moderate,
        max(value) filter (where name = 'attendance_works_severe_threshold') as severe
    from seed_parameter
),

subgroups as (
    select periods.*, 'all' as dimension, 'all' as group_value from periods
    union all
    select periods.*, pairs.pair.dimension, pairs.pair.group_value
    from periods,
        unnest([
            {'dimension': 'sex', 'group_value': coalesce(sex, 'Unclassified')},
            {'dimension': 'fsm_eligible', 'group_value': coalesce(cast(fsm_eligible as varchar), 'Unclassified')},
            {'dimension': 'sen_provision', 'group_value': coalesce(sen_provision, 'Unclassified')},
            {'dimension': 'ethnicity_major', 'group_value': ethnicity_major},
            {'dimension': 'ethnicity_minor', 'group_value': coalesce(ethnicity_minor, 'Unclassified')},
            {'dimension': 'first_language_group', 'group_value': first_language_group},
            {'dimension': 'nc_year', 'group_value': coalesce(nc_year, 'Unclassified')}
        ]) as pairs(pair)
    where period_type in ('term', 'academic_year', 'year_to_date', 'year_to_date_last_year')
),

judged as (
    select
        subgroups.*,
        case
            when absent_at_least(overall_absence_sessions, possible_sessions, parameters.severe)
                then 'severe_chronic'
            when absent_at_least(overall_absence_sessions, possible_sessions, parameters.moderate)
                then 'moderate_chronic'
            when absent_at_least(overall_absence_sessions, possible_sessions, parameters.at_risk)
                then 'at_risk'
            else 'satisfactory'
        end as attendance_works_tier
    from subgroups
    cross join parameters
),

school_parts as (
    select
        la_code,
        urn,
        phase,
        in_headline_cohort,
        dimension,
        group_value,
        period_type,
        period_id,
        -- fixed by the period
        any_value(academic_year) as academic_year,
        any_value(year_key) as year_key,
        any_value(period_start) as period_start,
        any_value(period_end) as period_end,
        count(*) as enrolments,
        sum(possible_sessions) as possible_sessions,
        sum(attendance_sessions) as attendance_sessions,
        sum(authorised_absence_sessions) as authorised_absence_sessions,
        sum(unauthorised_absence_sessions) as unauthorised_absence_sessions,
        sum(overall_absence_sessions) as overall_absence_sessions,
        sum(late_before_close_sessions) as late_before_close_sessions,
        sum(late_after_close_sessions) as late_after_close_sessions,
        count(*) filter (where is_persistent_absentee) as persistent_absentees,
        count(*) filter (where is_severe_absentee) as severe_absentees,
        count(*) filter (where attendance_works_tier = 'satisfactory')
            as tier_satisfactory_enrolments,
        count(*) filter (where attendance_works_tier = 'at_risk') as tier_at_risk_enrolments,
        count(*) filter (where attendance_works_tier = 'moderate_chronic')
            as tier_moderate_chronic_enrolments,
        count(*) filter (where attendance_works_tier = 'severe_chronic')
            as tier_severe_chronic_enrolments
    from judged
    group by la_code, urn, phase, in_headline_cohort, dimension, group_value, period_type, period_id
),

school_cohorts as (
    select school_parts.*, 'all_enrolments' as cohort from school_parts
    union all
    select school_parts.*, 'headline' as cohort from school_parts where in_headline_cohort
),

final as (
    select
        la_code,
        urn,
        case
            when grouping(urn) = 0 then 'school'
            when grouping(phase) = 0 then 'la_phase'
            else 'la'
        end as geography_level,
        coalesce(phase, 'all') as phase,
        cohort,
        dimension,
        group_value,
        academic_year,
        year_key,
        period_type,
        period_id,
        period_start,
        period_end,
        cast(sum(columns('enrolments|sessions|absentees')) as bigint)
    from school_cohorts
    group by grouping sets (
        (la_code, urn, phase, cohort, dimension, group_value, academic_year, year_key,
            period_type, period_id, period_start, period_end),
        (la_code, phase, cohort, dimension, group_value, academic_year, year_key,
            period_type, period_id, period_start, period_end),
        (la_code, cohort, dimension, group_value, academic_year, year_key,
            period_type, period_id, period_start, period_end)
    )
)

select * from final
