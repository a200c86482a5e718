resource "aws_ecr_repository" "api" {
  name                 = "prod/api"
  image_tag_mutability = "MUTABLE" # expect: SRM-AWS-ECR-002

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "worker" { # expect: SRM-AWS-ECR-002
  name = "prod/worker"

  image_scanning_configuration {
    scan_on_push = true
  }
}
