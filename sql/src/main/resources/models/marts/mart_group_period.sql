-- One row per school, LA or LA phase, per cohort (all enrolments or the DfE headline cohort:
-- ages 5-15 in state-funded primary, secondary and special schools; PRUs appear under their own
-- phase), per subgroup and per period: the DfE measures as ratios of sums, late rates and the
-- Attendance Works tiers. Groups smaller than the suppression size are flagged for packs.
with groups as (
    select * from int_group_period
),

parameters as (
    select max(value) filter (where name = 'suppression_min_enrolments') as suppression_size
    from seed_parameter
),

final as (
    select
        groups.*,
        100.0 * attendance_sessions / possible_sessions as attendance_rate_pct,
        100.0 * overall_absence_sessions / possible_sessions as overall_absence_rate_pct,
        100.0 * authorised_absence_sessions / possible_sessions as authorised_absence_rate_pct,
        100.0 * unauthorised_absence_sessions / possible_sessions as unauthorised_absence_rate_pct,
        100.0 * persistent_absentees / enrolments as persistent_absence_rate_pct,
        100.0 * severe_absentees / enrolments as severe_absence_rate_pct,
        100.0 * late_before_close_sessions / possible_sessions as late_before_close_rate_pct,
        100.0 * late_after_close_sessions / possible_sessions as late_after_close_rate_pct,
        enrolments < parameters.suppression_size as is_suppressed
    from groups
    cross join parameters
)

select * from final
