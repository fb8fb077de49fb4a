-- One row per pupil per census return per reported term per absence reason.
with source as (
    select * from raw_census_reason
),

final as (
    select
        urn,
        census_term,
        census_year,
        upn,
        academic_year,
        lower(term) as term_code,
        reason as mark,
        sessions
    from source
)

select * from final
