resource "aws_guardduty_detector" "this" {
  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}

resource "aws_guardduty_detector_feature" "eks" {
  detector_id = aws_guardduty_detector.this.id
  name        = "EKS_AUDIT_LOGS"
  status      = "DISABLED" # expect: SRM-AWS-GUARDDUTY-003
}

resource "aws_guardduty_organization_configuration_feature" "eks" {
  detector_id = aws_guardduty_detector.this.id
  name        = "EKS_AUDIT_LOGS"
  auto_enable = "NONE" # expect: SRM-AWS-GUARDDUTY-003
}

# Another region, still on the deprecated datasources block.
resource "aws_guardduty_detector" "legacy" {
  enable = true

  datasources {
    kubernetes {
      audit_logs {
        enable = false # expect: SRM-AWS-GUARDDUTY-003
      }
    }
  }
}
