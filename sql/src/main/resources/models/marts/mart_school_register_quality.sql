-- One row per school: how fresh and complete its registers are. The last date with marks loaded,
-- school days behind the LA's freshest school, and the missing marks and unresolved N codes,
-- in all and past the 5-school-day deadline.
with schools as (
    select * from dim_school
),

issues as (
    select * from mart_register_issue
),

school_days as (
    select * from int_school_day
),

issue_counts as (
    select
        urn,
        count(*) filter (where issue = 'missing_mark') as missing_mark_sessions,
        count(*) filter (where issue = 'missing_mark' and is_overdue)
            as overdue_missing_mark_sessions,
        count(*) filter (where issue = 'unresolved_code') as unresolved_code_sessions,
        count(*) filter (where issue = 'unresolved_code' and is_overdue)
            as overdue_unresolved_code_sessions
    from issues
    group by urn
),

la_latest as (
    select max(latest_register_date) as la_latest_register_date from schools
),

final as (
    select
        schools.la_code,
        schools.urn,
        schools.school_name,
        schools.latest_register_date,
        la_latest.la_latest_register_date,
        (
            select count(*)
            from school_days
            where school_days.urn = schools.urn
              and school_days.school_date > schools.latest_register_date
              and school_days.school_date <= la_latest.la_latest_register_date
        ) as school_days_behind_la,
        cast(coalesce(issue_counts.missing_mark_sessions, 0) as bigint) as missing_mark_sessions,
        cast(coalesce(issue_counts.overdue_missing_mark_sessions, 0) as bigint)
            as overdue_missing_mark_sessions,
        cast(coalesce(issue_counts.unresolved_code_sessions, 0) as bigint)
            as unresolved_code_sessions,
        cast(coalesce(issue_counts.overdue_unresolved_code_sessions, 0) as bigint)
            as overdue_unresolved_code_sessions
    from schools
    cross join la_latest
    left join issue_counts on issue_counts.urn = schools.urn
)

select * from final
