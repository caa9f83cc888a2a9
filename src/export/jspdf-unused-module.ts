/**
 * Stands in for html2canvas, canvg and DOMPurify, which jsPDF imports lazily
 * for its html() and SVG methods. The handout uses neither, so the build
 * (and the single offline file) leaves them out.
 */
throw new Error('jsPDF html() and SVG support are not part of this build');
