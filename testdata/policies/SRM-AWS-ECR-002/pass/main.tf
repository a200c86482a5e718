variable "tag_mutability" {
  type    = string
  default = "IMMUTABLE"
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
  image_tag_mutability = var.tag_mutability

  image_scanning_configuration {
    scan_on_push = true
  }
}
