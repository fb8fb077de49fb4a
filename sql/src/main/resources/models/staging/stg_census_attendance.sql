-- One row per pupil per school census return per reported term: the census's termly totals.
with source as (
    select * from raw_census_attendance
),

final as (
    select
        urn,
        census_term,
        census_year,
        upn,
        academic_year,
        lower(term) as term_code,
        sessions_possible,
        sessions_authorised,
        sessions_unauthorised
    from source
)

select * from final
