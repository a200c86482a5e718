variable "feature_status" {
  type = string
}

resource "aws_guardduty_detector" "this" {
  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}

resource "aws_guardduty_detector_feature" "eks" {
  detector_id = aws_guardduty_detector.this.id
  name        = "EKS_AUDIT_LOGS"
  status      = "ENABLED"
}

resource "aws_guardduty_organization_configuration_feature" "eks" {
  detector_id = aws_guardduty_detector.this.id
  name        = "EKS_AUDIT_LOGS"
  auto_enable = "ALL"
}

# No feature resource: the feature is on with the detector.
resource "aws_guardduty_detector" "secondary" {
  enable = true

  datasources {
    kubernetes {
      audit_logs {
        enable = true
      }
    }
  }
}

resource "aws_guardduty_detector" "tertiary" {
  enable = true
}

# From a variable without a default: not judged.
resource "aws_guardduty_detector_feature" "configurable" {
  detector_id = aws_guardduty_detector.tertiary.id
  name        = "EKS_AUDIT_LOGS"
  status      = var.feature_status
}
