resource "aws_guardduty_detector" "this" {
  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}

resource "aws_guardduty_detector_feature" "malware" {
  detector_id = aws_guardduty_detector.this.id
  name        = "EBS_MALWARE_PROTECTION"
  status      = "DISABLED" # expect: SRM-AWS-GUARDDUTY-004
}

resource "aws_guardduty_organization_configuration_feature" "malware" {
  detector_id = aws_guardduty_detector.this.id
  name        = "EBS_MALWARE_PROTECTION"
  auto_enable = "NONE" # expect: SRM-AWS-GUARDDUTY-004
}

# Another region, still on the deprecated datasources block.
resource "aws_guardduty_detector" "legacy" {
  enable = true

  datasources {
    malware_protection {
      scan_ec2_instance_with_findings {
        ebs_volumes {
          enable = false # expect: SRM-AWS-GUARDDUTY-004
        }
      }
    }
  }
}
