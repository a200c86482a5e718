resource "aws_ecr_repository" "api" {
  name                 = "prod/api"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = false # expect: SRM-AWS-ECR-001
  }
}

resource "aws_ecr_repository" "worker" { # expect: SRM-AWS-ECR-001
  name                 = "prod/worker"
  image_tag_mutability = "IMMUTABLE"
}

# Registry-level scanning only covers the dev/ repositories.
resource "aws_ecr_registry_scanning_configuration" "this" {
  scan_type = "BASIC"

  rule {
    scan_frequency = "SCAN_ON_PUSH"

    repository_filter {
      filter      = "dev/*"
      filter_type = "WILDCARD"
    }
  }
}

resource "aws_ecr_repository" "batch" { # expect: SRM-AWS-ECR-001
  name                 = "batch/jobs"
  image_tag_mutability = "IMMUTABLE"
}
