package org.causo.registry;

/** A resident's relation to the head of the household. */
public enum Relation {

	HEAD, SPOUSE, CHILD, CHILD_IN_LAW, GRANDCHILD, PARENT, GRANDPARENT, SIBLING, OTHER_RELATIVE, OTHER

}
