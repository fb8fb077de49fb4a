-- One row per school per term: the DfE measures over every enrolment on roll at the school with
-- at least one possible session that term (all ages; the headline cohort is in mart_group_period,
-- which this is a view of in the shape the school pack and the Spark LA trend read).
with school_terms as (
    select * from mart_group_period
    where geography_level = 'school' and cohort = 'all_enrolments' and dimension = 'all'
      and period_type = 'term'
),

schools as (
    select * from dim_school
),

final as (
    select
        school_terms.la_code,
        school_terms.urn,
        schools.school_name,
        schools.phase,
        school_terms.academic_year,
        split_part(school_terms.period_id, '-', 2) as term,
        school_terms.period_id as term_id,
        school_terms.period_start as term_start,
        school_terms.enrolments,
        school_terms.possible_sessions,
        school_terms.attendance_sessions,
        school_terms.authorised_absence_sessions,
        school_terms.unauthorised_absence_sessions,
        school_terms.overall_absence_sessions,
        school_terms.persistent_absentees,
        school_terms.severe_absentees,
        school_terms.attendance_rate_pct,
        school_terms.overall_absence_rate_pct,
        school_terms.authorised_absence_rate_pct,
        school_terms.unauthorised_absence_rate_pct,
        school_terms.persistent_absence_rate_pct,
        school_terms.severe_absence_rate_pct
    from school_terms
    join schools on schools.urn = school_terms.urn
)

select * from final
