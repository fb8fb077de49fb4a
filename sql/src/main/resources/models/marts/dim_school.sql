-- One row per school, with its register freshness.
with schools as (
    select * from stg_school
),

coverage as (
    select * from int_register_coverage
),

final as (
    select
        schools.urn,
        schools.la_code,
        schools.estab,
        schools.laestab,
        schools.school_name,
        schools.phase,
        schools.head_email,
        schools.clerk_email,
        schools.postcode,
        coverage.latest_register_date
    from schools
    left join coverage on coverage.urn = schools.urn
)

select * from final
