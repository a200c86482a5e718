variable "feature_status" {
  type = string
}

resource "aws_guardduty_detector" "this" {
  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}

resource "aws_guardduty_detector_feature" "malware" {
  detector_id = aws_guardduty_detector.this.id
  name        = "EBS_MALWARE_PROTECTION"
  status      = "ENABLED"
}

resource "aws_guardduty_organization_configuration_feature" "malware" {
  detector_id = aws_guardduty_detector.this.id
  name        = "EBS_MALWARE_PROTECTION"
  auto_enable = "ALL"
}

# No feature resource: the feature is on with the detector.
resource "aws_guardduty_detector" "secondary" {
  enable = true

  datasources {
    malware_protection {
      scan_ec2_instance_with_findings {
        ebs_volumes {
          enable = true
        }
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
  name        = "EBS_MALWARE_PROTECTION"
  status      = var.feature_status
}
