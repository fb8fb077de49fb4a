-- One row per enrolment per term with at least one possible session: its sessions, absence and
-- whether it is persistently (>= 10%) or severely (>= 50%) absent on its own possible sessions.
with sessions as (
    select * from fct_session
),

thresholds as (
    select
        max(case when name = 'persistent_absence_threshold' then value end) as persistent,
        max(case when name = 'severe_absence_threshold' then value end) as severe
    from seed_parameter
),

totals as (
    select
        enrolment_key,
        pupil_key,
        urn,
        academic_year,
        term,
        term_id,
        term_start,
        count(*) filter (where is_possible) as possible_sessions,
        count(*) filter (where is_attendance) as attendance_sessions,
        count(*) filter (where is_authorised_absence) as authorised_absence_sessions,
        count(*) filter (where is_unauthorised_absence) as unauthorised_absence_sessions
    from sessions
    group by all
),

final as (
    select
        totals.*,
        totals.authorised_absence_sessions + totals.unauthorised_absence_sessions
            as overall_absence_sessions,
        (totals.authorised_absence_sessions + totals.unauthorised_absence_sessions)
            >= thresholds.persistent * totals.possible_sessions as is_persistent_absentee,
        (totals.authorised_absence_sessions + totals.unauthorised_absence_sessions)
            >= thresholds.severe * totals.possible_sessions as is_severe_absentee
    from totals
    cross join thresholds
    where totals.possible_sessions > 0
)

select * from final
