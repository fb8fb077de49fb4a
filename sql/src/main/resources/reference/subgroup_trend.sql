-- Reference for the Spark subgroup trends (trend_subgroup_period): every count and rate per
-- school or LA, subgroup and period, and the change against the same period a year earlier,
-- computed directly in DuckDB from mart_enrolment_period. Spark's results must equal these
-- (counts exactly, rates within 1e-9). Written independently of the Spark code: subgroup
-- definitions as in docs/methods.md §2; the variance of the overall absence rate from each
-- enrolment's residual rather than from rolled-up sums.
with cohort as (
    select * from mart_enrolment_period
    where in_headline_cohort
      and period_type in ('term', 'academic_year', 'year_to_date', 'year_to_date_last_year')
),

memberships as (
    select cohort.*, m.dimension, m.group_value
    from cohort,
    lateral (
        select * from (values
            ('all_pupils', 'All pupils'),
            ('sex', cohort.sex),
            ('fsm', case when cohort.fsm_eligible then 'FSM'
                         when not cohort.fsm_eligible then 'Not FSM' end),
            ('sen_provision', cohort.sen_provision),
            ('ethnicity_major', cohort.ethnicity_major),
            ('ethnicity_minor', cohort.ethnicity_minor),
            ('first_language', cohort.first_language_group),
            ('nc_year', cohort.nc_year),
            ('phase', cohort.phase),
            ('focus_group', case when cohort.ethnicity_minor = 'WBRI' and cohort.fsm_eligible
                                      and cohort.sex = 'M' then 'White British FSM boys' end),
            ('focus_group', case when cohort.ethnicity_minor = 'BCRB' then 'Black Caribbean' end),
            ('focus_group', case when cohort.ethnicity_minor = 'MWBC'
                                 then 'Mixed White and Black Caribbean' end),
            ('focus_group', case when cohort.ethnicity_minor in ('WROM', 'WIRT')
                                 then 'Gypsy/Roma and Traveller' end)
        ) as v(dimension, group_value)
    ) as m
    where m.group_value is not null
),

units as (
    select 'school' as level, la_code, urn, * exclude (la_code, urn) from memberships
    union all
    select 'la' as level, la_code, null as urn, * exclude (la_code, urn) from memberships
),

with_cell_ratio as (
    select
        units.*,
        sum(overall_absence_sessions) over cell / sum(possible_sessions) over cell as cell_ratio
    from units
    window cell as (partition by level, la_code, urn, dimension, group_value, period_id)
),

cells as (
    select
        level, la_code, urn, dimension, group_value, period_type, period_id, academic_year,
        count(*)::bigint as enrolments,
        sum(possible_sessions)::bigint as possible_sessions,
        sum(attendance_sessions)::bigint as attendance_sessions,
        sum(authorised_absence_sessions)::bigint as authorised_absence_sessions,
        sum(unauthorised_absence_sessions)::bigint as unauthorised_absence_sessions,
        sum(overall_absence_sessions)::bigint as overall_absence_sessions,
        sum(late_before_close_sessions)::bigint as late_before_close_sessions,
        sum(late_after_close_sessions)::bigint as late_after_close_sessions,
        count(*) filter (where is_persistent_absentee)::bigint as persistent_absentees,
        count(*) filter (where is_severe_absentee)::bigint as severe_absentees,
        -- delta-method variance of the ratio, in squared percentage points
        case when count(*) > 1 then
            10000.0::double * count(*) / (count(*) - 1)
                * sum(pow(overall_absence_sessions - cell_ratio * possible_sessions, 2))
                / pow(sum(possible_sessions), 2)
        end as overall_absence_variance
    from with_cell_ratio
    group by all
),

-- A term or academic year is compared with the same one a year earlier; a year to date with the
-- earlier year to the week of the same date.
with_previous as (
    select
        cells.*,
        previous.period_id as comparison_period_id,
        previous.enrolments as prev_enrolments,
        100.0 * previous.overall_absence_sessions / previous.possible_sessions
            as prev_overall_absence_rate_pct,
        100.0 * previous.persistent_absentees / previous.enrolments
            as prev_persistent_absence_rate_pct,
        100.0 * previous.severe_absentees / previous.enrolments as prev_severe_absence_rate_pct,
        previous.overall_absence_variance as prev_overall_absence_variance
    from cells
    left join cells as previous
        on previous.level = cells.level
        and previous.la_code = cells.la_code
        and previous.urn is not distinct from cells.urn
        and previous.dimension = cells.dimension
        and previous.group_value = cells.group_value
        and cast(left(previous.academic_year, 4) as integer) + 1
            = cast(left(cells.academic_year, 4) as integer)
        -- equalities only, so the join stays a hash join
        and case previous.period_type
                when 'year_to_date_last_year' then 'year_to_date'
                when 'year_to_date' then null
                else previous.period_type
            end = cells.period_type
        and case when previous.period_type = 'term' then substr(previous.period_id, 8) end
            is not distinct from
            case when cells.period_type = 'term' then substr(cells.period_id, 8) end
    where cells.period_type <> 'year_to_date_last_year'
),

with_rest as (
    select
        cells.*,
        whole.enrolments - cells.enrolments as rest_enrolments,
        whole.possible_sessions - cells.possible_sessions as rest_possible_sessions,
        whole.overall_absence_sessions - cells.overall_absence_sessions
            as rest_overall_absence_sessions,
        whole.persistent_absentees - cells.persistent_absentees as rest_persistent_absentees
    from with_previous as cells
    join with_previous as whole
        on whole.dimension = 'all_pupils'
        and whole.level = cells.level
        and whole.la_code = cells.la_code
        and whole.urn is not distinct from cells.urn
        and whole.period_id = cells.period_id
),

final as (
    select
        level, la_code, urn, dimension, group_value, period_type, period_id,
        enrolments, possible_sessions, attendance_sessions, authorised_absence_sessions,
        unauthorised_absence_sessions, overall_absence_sessions, late_before_close_sessions,
        late_after_close_sessions, persistent_absentees, severe_absentees,
        100.0 * attendance_sessions / nullif(possible_sessions, 0) as attendance_rate_pct,
        100.0 * overall_absence_sessions / nullif(possible_sessions, 0)
            as overall_absence_rate_pct,
        100.0 * authorised_absence_sessions / nullif(possible_sessions, 0)
            as authorised_absence_rate_pct,
        100.0 * unauthorised_absence_sessions / nullif(possible_sessions, 0)
            as unauthorised_absence_rate_pct,
        100.0 * persistent_absentees / nullif(enrolments, 0) as persistent_absence_rate_pct,
        100.0 * severe_absentees / nullif(enrolments, 0) as severe_absence_rate_pct,
        100.0 * late_before_close_sessions / nullif(possible_sessions, 0)
            as late_before_close_rate_pct,
        100.0 * late_after_close_sessions / nullif(possible_sessions, 0)
            as late_after_close_rate_pct,
        rest_enrolments,
        100.0 * overall_absence_sessions / nullif(possible_sessions, 0)
            - 100.0 * rest_overall_absence_sessions / nullif(rest_possible_sessions, 0)
            as overall_absence_gap_to_rest_pct,
        100.0 * persistent_absentees / nullif(enrolments, 0)
            - 100.0 * rest_persistent_absentees / nullif(rest_enrolments, 0)
            as persistent_absence_gap_to_rest_pct,
        comparison_period_id,
        prev_enrolments,
        prev_overall_absence_rate_pct,
        100.0 * overall_absence_sessions / possible_sessions - prev_overall_absence_rate_pct
            as overall_absence_change_pct,
        overall_absence_change_pct
            - 1.959963984540054 * sqrt(overall_absence_variance + prev_overall_absence_variance)
            as overall_absence_change_ci_low,
        overall_absence_change_pct
            + 1.959963984540054 * sqrt(overall_absence_variance + prev_overall_absence_variance)
            as overall_absence_change_ci_high,
        100.0 * persistent_absentees / enrolments - prev_persistent_absence_rate_pct
            as persistent_absence_change_pct,
        100.0 * severe_absentees / enrolments - prev_severe_absence_rate_pct
            as severe_absence_change_pct
    from with_rest
)

select * from final
