// Package field holds the value rules old orders and their items share
// (SPEC §10, §11): the extra_field object, text cut at a word, and whole
// counts (an item's quantity, an order's installments).
package field
