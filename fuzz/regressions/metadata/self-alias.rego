# METADATA
# title: x
# custom: &a {id: *a}
package x
