-- Register rows turned into on-roll enrolment sessions, in the shape of fct_session: each row
-- with a mark on a school day the enrolment was on roll, plus (whatever the argument) every
-- session of an enrolment with no register row at all, as a missing mark. The argument names the
-- table (or CTE) of marks, in the shape of stg_mark: fct_session passes them all; a mart that
-- wants only some codes passes just those rows, so it never reads the whole register through the
-- joins below. Only enrolments with fewer rows than twice their school days on roll need the
-- full list of days to find the sessions with no row.
create or replace macro enrolment_sessions(mark_rows) as table
with enrolments as (
    select * from int_enrolment_window
),

school_days as (
    select * from int_school_day
),

marks as (
    select * from query_table(mark_rows)
),

codes as (
    select * from seed_attendance_code
),

sessions as (
    select unnest(['AM', 'PM']) as session
),

marked as (
    select
        enrolments.enrolment_key,
        enrolments.pupil_key,
        marks.urn,
        marks.session_date,
        marks.session,
        school_days.academic_year,
        school_days.term,
        school_days.term_id,
        school_days.term_start,
        marks.mark,
        marks.minutes_late
    from marks
    join enrolments
        on enrolments.urn = marks.urn
       and enrolments.upn = marks.upn
       and enrolments.admission_date = marks.admission_date
    join school_days
        on school_days.urn = marks.urn
       and school_days.school_date = marks.session_date
    where marks.session_date between enrolments.admission_date and enrolments.on_roll_until
),

incomplete as (
    select *
    from enrolments
    where marked_sessions < expected_sessions
),

incomplete_marks as (
    select incomplete.enrolment_key, all_marks.session_date, all_marks.session
    from stg_mark as all_marks
    join incomplete
        on incomplete.urn = all_marks.urn
       and incomplete.upn = all_marks.upn
       and incomplete.admission_date = all_marks.admission_date
),

unmarked as (
    select
        incomplete.enrolment_key,
        incomplete.pupil_key,
        incomplete.urn,
        school_days.school_date as session_date,
        sessions.session,
        school_days.academic_year,
        school_days.term,
        school_days.term_id,
        school_days.term_start,
        cast(null as varchar) as mark,
        cast(null as integer) as minutes_late
    from incomplete
    join school_days
        on school_days.urn = incomplete.urn
       and school_days.school_date
           between incomplete.admission_date and incomplete.on_roll_until
    cross join sessions
    where not exists (
        select 1
        from incomplete_marks
        where incomplete_marks.enrolment_key = incomplete.enrolment_key
          and incomplete_marks.session_date = school_days.school_date
          and incomplete_marks.session = sessions.session
    )
),

all_sessions as (
    select * from marked
    union all
    select * from unmarked
),

final as (
    select
        all_sessions.enrolment_key,
        all_sessions.pupil_key,
        all_sessions.urn,
        all_sessions.session_date,
        all_sessions.session,
        all_sessions.academic_year,
        all_sessions.term,
        all_sessions.term_id,
        all_sessions.term_start,
        all_sessions.mark,
        all_sessions.minutes_late,
        coalesce(codes.category, case when all_sessions.mark is null then 'missing' else 'unknown' end)
            as category,
        coalesce(codes.reason_group, 'none') as reason_group,
        coalesce(codes.is_possible, false) as is_possible,
        coalesce(codes.is_attendance, false) as is_attendance,
        coalesce(codes.is_authorised_absence, false) as is_authorised_absence,
        coalesce(codes.is_unauthorised_absence, false) as is_unauthorised_absence,
        coalesce(codes.is_late_before_close, false) as is_late_before_close,
        coalesce(codes.is_late_after_close, false) as is_late_after_close,
        coalesce(codes.needs_resolution, false) as needs_resolution,
        all_sessions.mark is null as is_missing_mark
    from all_sessions
    left join codes
        on codes.code = all_sessions.mark
       and all_sessions.session_date between codes.valid_from and codes.valid_to
)

select * from final
