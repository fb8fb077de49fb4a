-- One row per school, LA or LA phase, per cohort (all enrolments or the DfE headline cohort:
-- ages 5-15 in state-funded primary, secondary and special schools; PRUs appear under their own
-- phase), per subgroup and per period: the DfE measures as ratios of sums, late rates and the
-- Attendance Works tiers (see group_period_rates). Groups smaller than the suppression size are
-- flagged for packs.
select * from group_period_rates('int_group_period')
