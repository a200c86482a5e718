variable "scan_on_push" {
  type    = bool
  default = true
}

resource "aws_ecr_repository" "api" {
  name                 = "prod/api"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
}

# Decided by a variable: not judged.
resource "aws_ecr_repository" "configurable" {
  name                 = "prod/configurable"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = var.scan_on_push
  }
}

# Covered by the registry-level scanning rule below.
resource "aws_ecr_repository" "sandbox" {
  name                 = "dev/sandbox"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_registry_scanning_configuration" "this" {
  scan_type = "ENHANCED"

  rule {
    scan_frequency = "CONTINUOUS_SCAN"

    repository_filter {
      filter      = "dev/*"
      filter_type = "WILDCARD"
    }
  }
}
