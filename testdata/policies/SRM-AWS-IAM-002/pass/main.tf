variable "extra_users" {
  type    = list(string)
  default = []
}

resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_group" "developers" {
  name = "developers"
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.developers.name]
}

resource "aws_iam_group_policy_attachment" "developers" {
  group      = aws_iam_group.developers.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_role" "app" {
  name = "app"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
    }]
  })
}

resource "aws_iam_policy_attachment" "shared" {
  name       = "shared"
  policy_arn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
  groups     = [aws_iam_group.developers.name]
  roles      = [aws_iam_role.app.name]
}

# Users from a variable (empty by default): not judged.
resource "aws_iam_policy_attachment" "configurable" {
  name       = "configurable"
  policy_arn = "arn:aws:iam::aws:policy/AmazonSQSReadOnlyAccess"
  users      = var.extra_users
  groups     = [aws_iam_group.developers.name]
}
