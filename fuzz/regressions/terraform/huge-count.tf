resource "a" "b" {
  count = 1e300
  for_each = { for i in range(1024) : i => i }
  x = "${"${"${1}"}"}"
}
