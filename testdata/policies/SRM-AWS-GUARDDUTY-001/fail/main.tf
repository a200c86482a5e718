resource "aws_guardduty_detector" "main" {
  enable                       = false # expect: SRM-AWS-GUARDDUTY-001
  finding_publishing_frequency = "SIX_HOURS"
}
